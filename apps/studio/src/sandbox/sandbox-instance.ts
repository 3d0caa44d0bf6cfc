import { BrowserSandbox, cacheSnapshotStore, observedSnapshotStore } from '@event-studio/runtime/browser';
import { AppSandboxes, type StudioSandbox } from './app-sandboxes';

let sandboxes: AppSandboxes | undefined;

// A cold start of Python waits for the studio's first screen (the app open, its form painted): on a
// two-core machine Pyodide's compile otherwise takes the CPU the first screen needs. A start from
// the memory snapshot (a returning visitor) does not wait. A studio that cannot open its app still
// starts Python soon after.
const FIRST_SCREEN_LATEST_MS = 5000;
let showFirstScreen: () => void = () => {};
const firstScreenShown = new Promise<void>((resolve) => {
  showFirstScreen = resolve;
});

/** The studio's first screen has been painted: Python may start. */
export function firstScreenPainted(): void {
  showFirstScreen();
}

/**
 * The studio's Python sandbox for the active app, started on first call: each open app has its
 * own (app-sandboxes.ts). Pyodide is served by the studio under a versioned path, so its files can
 * be cached for good; a memory snapshot of Python with the shim loaded is kept in Cache Storage, so
 * a returning visitor's Python, and every app's after the first, starts in about a second.
 */
export function startSandbox(): StudioSandbox {
  return appSandboxes();
}

function appSandboxes(): AppSandboxes {
  sandboxes ??= new AppSandboxes(createSandbox);
  return sandboxes;
}

/**
 * The open apps changed (the app shelf calls it): the active app's own worker serves its runs from
 * now on, and the workers of apps that were closed end.
 */
export function followOpenApps(activeId: string | undefined, openIds: readonly string[]): void {
  const all = appSandboxes();
  all.select(activeId);
  all.retain(openIds);
}

let created = 0;

function createSandbox(): BrowserSandbox {
  // The marks are for the benchmark and the e2e tests: when Python was ready and how it started,
  // and when a snapshot was stored.
  const store = observedSnapshotStore(cacheSnapshotStore(), (write) =>
    performance.mark('es:snapshot-stored', { detail: write }),
  );
  const first = created++ === 0;
  const sandbox = BrowserSandbox.create({
    indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/${__PYODIDE_VERSION__}/`, location.href).href,
    snapshot: { store },
    // Only the studio's first Python waits for its first screen; another app's starts at once.
    ...(first ? { startAfter: firstScreenShown } : {}),
  });
  if (first) setTimeout(showFirstScreen, FIRST_SCREEN_LATEST_MS);
  observeStarts(sandbox);
  return sandbox;
}

function observeStarts(created: BrowserSandbox): void {
  // And when the standby behind a newly started worker is warm too: the page has settled.
  let previous = created.state;
  created.onStateChange((state) => {
    const started = state === 'ready' && (previous === 'loading' || previous === 'restarting');
    previous = state;
    if (started)
      void created.settled().then(
        () => performance.mark('es:standby-ready'),
        () => {},
      );
  });
  void created.ready().then(
    (ready) =>
      performance.mark('es:python-ready', { detail: { start: ready.start, timings: ready.timings } }),
    () => {},
  );
}
