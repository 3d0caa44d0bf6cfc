/**
 * The HTTP headers every response of the studio carries: the one place they are written. The
 * preview server (`npm start`, the e2e suite) sends them, the build writes them to `dist/_headers`
 * for static hosts, and docs/deploy.md shows them as nginx lines (the e2e suite checks all three
 * agree). Every response means every response: a worker's Content-Security-Policy comes from its
 * own script's response, not from the page that starts it.
 *
 * Plain data, no imports: the Vite plugin that sends and writes them is security-headers-plugin.ts.
 */

/** Content-Security-Policy directives of the built studio, in the order they are sent. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  // Anything not named below: the studio's own origin only (manifest, frames, media…).
  ['default-src', "'self'"],
  // Scripts only from the studio's own files. No 'unsafe-inline': an injected <script> or on*
  // attribute does not run. No 'unsafe-eval': eval, new Function and string timers
  // (setTimeout("code")) are refused, in the page and in every worker, which is what keeps a
  // handler that reaches a JS object in the sandbox worker from writing new JavaScript.
  // 'wasm-unsafe-eval' is the one exception, and only for WebAssembly: Pyodide compiles CPython
  // (pyodide.asm.wasm) in the sandbox worker; it does not allow JavaScript eval. 'report-sample'
  // puts the refused code's first 40 characters in the violation (the securitypolicyviolation
  // event and the console), so a refusal says what was tried; nothing is sent anywhere.
  ['script-src', "'self' 'wasm-unsafe-eval' 'report-sample'"],
  // 'unsafe-inline' for styles: MUI (emotion) inserts <style> elements at run time and Monaco
  // both inserts <style> elements and sets style="" attributes on its DOM; neither takes a nonce
  // from a static server. Styles cannot run code; the risk left is CSS-based page defacing or
  // attribute reads, which the studio's other defences (no untrusted HTML rendered) cover.
  ['style-src', "'self' 'unsafe-inline'"],
  // Monaco's CSS draws some decorations (e.g. the error squiggles) as data: SVG/PNG images.
  ['img-src', "'self' data:"],
  // Roboto and Monaco's codicon font are files under /assets/ (never inlined, see vite.config.ts).
  ['font-src', "'self'"],
  // fetch and friends: the sample app (/sample-app.zip) in the page, Pyodide's files under
  // /pyodide/ in the sandbox worker while it loads (after that its lock-down removes fetch).
  ['connect-src', "'self'"],
  // The sandbox worker and Monaco's editor worker are files of the studio (no blob: workers).
  ['worker-src', "'self'"],
  // No plugins (<object>, <embed>): a classic way around script-src.
  ['object-src', "'none'"],
  // No <base>: an injected one would re-point every relative script URL to another origin.
  ['base-uri', "'none'"],
  // The studio has no forms that submit anywhere: an injected form cannot post data away.
  ['form-action', "'none'"],
  // No site may show the studio in a frame (clickjacking: a page overlaying the studio's buttons).
  ['frame-ancestors', "'none'"],
];

/** The policy as one header value. */
export function contentSecurityPolicy(
  directives: ReadonlyArray<readonly [string, string]> = CSP_DIRECTIVES,
): string {
  return directives.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** The headers of every response of the built studio (preview server and static hosts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  // Cross-origin isolation: the sandbox interrupts runaway Python through a SharedArrayBuffer,
  // which exists only in a crossOriginIsolated page (and its workers). COOP cuts the window off
  // from pages that opened it or that it opens; COEP makes every subresource opt in (all of the
  // studio's are its own).
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  // And the studio's own files are not readable as no-cors subresources of other sites.
  'Cross-Origin-Resource-Policy': 'same-origin',
  // A response is used only as what its Content-Type says: a zip or JSON is never run as a script
  // or rendered as HTML because its bytes look like one.
  'X-Content-Type-Options': 'nosniff',
  // Older browsers that do not know frame-ancestors: no framing either.
  'X-Frame-Options': 'DENY',
  // The studio's URLs say nothing worth leaking, and it links nowhere; send no Referer at all.
  'Referrer-Policy': 'no-referrer',
};

/**
 * The dev server's headers (`vite dev`): the same, except that scripts may also be inline. Vite
 * injects inline module scripts into index.html (React Fast Refresh's preamble) and its client
 * adds more on hot updates; a hash for each would change with every Vite or plugin upgrade. The
 * dev server is a developer's own machine, not a deployment, and the e2e suite and `npm start`
 * test the built studio under the strict policy. No 'unsafe-eval' even here: Vite's client and
 * React's development build do not need it, so a dev build still shows what the policy refuses.
 */
export const DEV_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': contentSecurityPolicy(
    CSP_DIRECTIVES.map(([name, sources]) =>
      name === 'script-src' ? [name, `${sources} 'unsafe-inline'`] : [name, sources],
    ),
  ),
};

/** `dist/_headers`: Netlify's and Cloudflare Pages' format, every header for every path. */
export function staticHostHeadersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Generated by apps/studio/vite-plugins/security-headers.ts; see docs/deploy.md.',
    '/*',
    ...lines,
    '',
  ].join('\n');
}

/** The nginx lines docs/deploy.md shows (`always`: on error responses too). */
export function nginxAddHeaderLines(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
