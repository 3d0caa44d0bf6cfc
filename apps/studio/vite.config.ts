import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { cacheHeaders } from './vite-plugins/cache-headers';
import { monacoPython } from './vite-plugins/monaco-python';
import { sampleAppZip } from './vite-plugins/sample-app-zip';
import { securityHeaders } from './vite-plugins/security-headers-plugin';

// Pyodide's runtime files are served by the studio itself (no CDN): they are copied next to the
// app under /pyodide/ and loaded by the sandbox worker from there.
const require = createRequire(import.meta.url);
const pyodideDir = dirname(
  require.resolve('pyodide/package.json', { paths: [require.resolve('@event-studio/runtime/package.json')] }),
);
const pyodideVersion: string = require(`${pyodideDir}/package.json`).version;
const PYODIDE_FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

const UI_VENDOR_PACKAGE =
  /node_modules[\\/]\.pnpm[\\/](react|react-dom|scheduler|@mui|@emotion|@popperjs|react-transition-group|stylis)[@+]/;
// MUI's locales stay where the studio's lazy import puts them: in the vendor chunk, building the
// Chinese texts made an Intl.NumberFormat for zh-CN at load (≈ 40 ms of the first screen's time).
const MUI_LOCALE = /@mui[\\/]material[\\/]locale[\\/]/;

function isUiVendorModule(id: string): boolean {
  return UI_VENDOR_PACKAGE.test(id) && !MUI_LOCALE.test(id);
}

export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({
      targets: PYODIDE_FILES.map((file) => ({
        src: `${pyodideDir}/${file}`,
        dest: `pyodide/${pyodideVersion}`,
        rename: { stripBase: true },
      })),
    }),
    sampleAppZip(),
    monacoPython(),
    cacheHeaders(),
    // Content-Security-Policy, cross-origin isolation (the sandbox's interrupt) and the rest, on
    // every response of both servers and in dist/_headers: vite-plugins/security-headers.ts.
    securityHeaders(),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  define: { __PYODIDE_VERSION__: JSON.stringify(pyodideVersion) },
  optimizeDeps: { exclude: ['pyodide'] },
  worker: { format: 'es' },
  // The manifest lets the benchmark measure exactly what the page loads before anything lazy.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    manifest: true,
    // Fonts stay files: inlined into the CSS, every small subset (Greek, Cyrillic, Vietnamese…) was
    // downloaded with the first screen, where a browser otherwise fetches only the subsets a page uses.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and MUI in a chunk of their own, beside the studio's: the browser parses the two
          // at once, off the main thread (a single 1.2 MB chunk kept one core busy while the main
          // thread waited for it). Both load with the entry; their gzip total is the same.
          groups: [{ name: 'ui-vendor', test: isUiVendorModule }],
        },
      },
    },
  },
});
