// Decides whether the studio's production build is older than its sources, so `npm start`
// rebuilds only when something changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = [
  'apps/studio/src',
  'apps/studio/index.html',
  'apps/studio/vite.config.ts',
  'apps/studio/vite-plugins',
  'packages/runtime/src',
  'packages/runtime/sample-app',
  'pnpm-lock.yaml',
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when apps/studio/dist is missing or older than any source it is built from. */
export function isBuildStale(root) {
  const built = join(root, 'apps/studio/dist/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCE_DIRS.map((p) => join(root, p)).some((p) => existsSync(p) && newestMtime(p) > builtAt);
}
