#!/usr/bin/env node
// The one entry behind `npm start`, `npm test` and `npm run bench`. It is plain JavaScript on
// purpose: it runs on a fresh machine with only Node and npm, before TypeScript is installed.
// It makes sure pnpm and the workspace's dependencies are there, then runs the task's steps.
// Progress goes to stderr, so stdout carries only what a task prints (e.g. bench --json).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildStale } from './build-stale.mjs';
import { findOrInstallChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.4.2';

/** The pnpm command to use: a matching global pnpm, else the pinned one through npx. */
function resolvePnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

const pnpm = resolvePnpm();

function run(command, args, extraEnv = {}, { quietStdout = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    // Preparation steps (install, build) print to stderr so a task's stdout stays its own.
    stdio: ['inherit', quietStdout ? 2 : 'inherit', 'inherit'],
    env: { ...process.env, ...extraEnv },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function pnpmRun(args, extraEnv, options) {
  const [command, ...prefix] = pnpm;
  run(command, [...prefix, ...args], extraEnv, options);
}

/** Installs when node_modules is missing or older than the lockfile. */
function ensureInstalled() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error('• Installing dependencies (pnpm install --frozen-lockfile)…');
  pnpmRun(['install', '--frozen-lockfile'], {}, { quietStdout: true });
}

function buildStudio({ force }) {
  if (!force && !isBuildStale(root)) {
    console.error('• Studio build is up to date.');
    return;
  }
  console.error('• Building the studio…');
  pnpmRun(['--filter', '@event-studio/studio', 'run', 'build'], {}, { quietStdout: true });
}

const tasks = {
  start() {
    buildStudio({ force: false });
    console.error('• Serving Event Studio on http://localhost:5173');
    pnpmRun(['--filter', '@event-studio/studio', 'run', 'serve']);
  },
  test() {
    const step = (name, args) => {
      console.error(`\n━━ ${name} ━━`);
      pnpmRun(args);
    };
    step('typecheck', ['run', 'typecheck']);
    step('lint and format', ['run', 'lint']);
    step('unit tests', ['run', 'unit']);
    console.error('\n━━ build ━━');
    buildStudio({ force: true });
    console.error('\n━━ end-to-end (Chromium) ━━');
    const chromium = findOrInstallChromium();
    pnpmRun(['--filter', '@event-studio/e2e', 'run', 'test'], { CHROMIUM_PATH: chromium });
  },
  bench() {
    buildStudio({ force: false });
    const chromium = findOrInstallChromium();
    pnpmRun(['--silent', 'run', 'bench:all', ...process.argv.slice(3)], { CHROMIUM_PATH: chromium });
  },
};

const task = tasks[process.argv[2]];
if (!task) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(tasks).join('|')}`);
  process.exit(2);
}
ensureInstalled();
task();
