// A tiny static file server for the bare Pyodide reference page: URL prefixes map to folders,
// and every response carries the same cross-origin isolation headers the studio sends.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** A running server: its base URL and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** The file a request path names under one of the mounts, or undefined when none holds it. */
function resolvePath(mounts: Record<string, string>, pathname: string): string | undefined {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    const file = join(dir, relative);
    if (file.startsWith(dir + sep) || file === dir) return file;
  }
  return undefined;
}

/** Serves `mounts` (URL prefix ending in `/` → folder) on a free localhost port. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolvePath(mounts, pathname);
    const notFound = () => {
      response.writeHead(404, ISOLATION_HEADERS).end('not found');
    };
    if (file === undefined) return notFound();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return notFound();
        response.writeHead(200, {
          ...ISOLATION_HEADERS,
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          // Like sirv in `vite preview`: no Cache-Control, so both pages get the same caching.
          'Last-Modified': info.mtime.toUTCString(),
        });
        createReadStream(file).pipe(response);
      },
      () => notFound(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
