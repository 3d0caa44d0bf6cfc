// Starts `vite preview` on the studio's production build (apps/studio/dist), on a free port, and
// stops it again: the browser benchmarks measure what users get, headers included.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { StaticServer } from './static-server.js';

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = address !== null && typeof address !== 'string' ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms`);
}

/** The build the browser benchmarks measure: apps/studio/dist, or BENCH_DIST (a build of one's own). */
export function studioDist(root: string): string {
  return process.env.BENCH_DIST ?? join(root, 'apps/studio/dist');
}

/** Serves the studio's production build with `vite preview`; throws when there is no build. */
export async function startPreviewServer(root: string): Promise<StaticServer> {
  const studio = join(root, 'apps/studio');
  const dist = studioDist(root);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no build: run \`npm run bench\` (it builds) or build the studio first`);
  }
  const port = await freePort();
  const vite = join(studio, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--configLoader', 'runner', '--outDir', dist, '--host', '127.0.0.1'];
  const child = spawn(process.execPath, [...args, '--port', String(port), '--strictPort'], {
    cwd: studio,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, child, 60_000);
  } catch (error) {
    child.kill();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${errors}`);
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
