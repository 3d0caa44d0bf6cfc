import type { Connect, Plugin } from 'vite';
import {
  CSP_DIRECTIVES,
  contentSecurityPolicy,
  DEV_SECURITY_HEADERS,
  SECURITY_HEADERS,
  staticHostHeadersFile,
} from './security-headers';

function sendingHeaders(headers: Readonly<Record<string, string>>): Connect.NextHandleFunction {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

// Directives a <meta> policy cannot carry (the browser ignores them there, with a console error).
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * Sends security-headers.ts's headers on every response of the preview and dev servers (set
 * before any other middleware, so 404s, the sample zip, workers and Pyodide's files carry them
 * too), writes them to `dist/_headers` for static hosts, and puts the policy in the built
 * index.html as a <meta> too: on a host that sends no headers at all (docs/deploy.md), the page
 * itself still refuses inline and string-built scripts. Workers and frame-ancestors need the headers.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'event-studio:security-headers',
    configureServer: (server) => {
      server.middlewares.use(sendingHeaders(DEV_SECURITY_HEADERS));
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(sendingHeaders(SECURITY_HEADERS));
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (context.server) return html;
        const policy = contentSecurityPolicy(
          CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)),
        );
        // Right after <meta charset>: before any script or style the page loads.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const withMeta = html.replace(
          /<meta charset="[^"]*"\s*\/?>/i,
          (charset) => `${charset}\n    ${meta}`,
        );
        if (withMeta === html) throw new Error('index.html has no <meta charset> to put the policy after');
        return withMeta;
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}
