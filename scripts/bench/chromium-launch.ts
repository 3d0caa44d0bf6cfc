// How the benchmarks start Chromium: Debian's build (CHROMIUM_PATH), headless, with the flags
// these machines need when running as root, plus whatever a benchmark adds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type LaunchOptions } from 'playwright-core';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The viewport every benchmark uses (the e2e tests' desktop size). */
export const VIEWPORT = { width: 1440, height: 900 };

/** Launch options: the Chromium binary and flags, plus `extraArgs`. */
export function launchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...BASE_ARGS, ...extraArgs],
  };
}

/** A browser for benchmarks that share one process (non-persistent contexts). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch(launchOptions(extraArgs));
}

/** A fresh profile folder, as a first-time visitor's browser has. */
export function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'event-studio-bench-'));
}

/** Removes a profile folder made by `newProfileDir`. */
export function removeProfileDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

// tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
// functions Playwright serialises into the page then need that helper there too.
const NAME_HELPER = 'globalThis.__name ??= (target) => target;';

/** Makes a context ready for the benchmarks' in-page functions. */
export async function prepareContext(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: NAME_HELPER });
  return context;
}

/** A fresh context (own storage and cache) in a shared browser, ready for in-page functions. */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  return prepareContext(await browser.newContext({ viewport: VIEWPORT }));
}

/** A browser on a profile folder: its own process, disk cache and storage, kept between launches. */
export async function launchProfile(dir: string): Promise<BrowserContext> {
  return prepareContext(
    await chromium.launchPersistentContext(dir, { ...launchOptions(), viewport: VIEWPORT }),
  );
}
