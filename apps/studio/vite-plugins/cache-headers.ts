import type { Connect, Plugin } from 'vite';

/**
 * Long-lived caching for files whose URL changes when their content does (Vite's hashed
 * /assets/, Pyodide under its version), and revalidation for everything else, so a returning
 * user loads Python and the studio from the browser cache.
 */
export function cacheHeaders(): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = req.url ?? '';
    const immutable = url.startsWith('/assets/') || /^\/pyodide\/[^/]+\//.test(url);
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    next();
  };
  return {
    name: 'event-studio:cache-headers',
    configurePreviewServer: (server) => {
      server.middlewares.use(middleware);
    },
  };
}
