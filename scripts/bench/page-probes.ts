// Code that runs inside the page (serialised by Playwright, so each function is self-contained):
// it timestamps moments with the page's own clock, so the figures carry no CDP round trips.

/** When the page reached each moment, in ms since navigation start (performance.now()). */
export interface LoadProbe {
  readyAt?: number;
  formUsableAt?: number;
}

/**
 * Init script: records when the status "Python ready" first appears and when the approval
 * event form's Title field is first visible and enabled. Checks on every DOM change and every
 * frame (a stylesheet can make a field visible without a DOM change).
 */
export function installLoadProbe(): void {
  const probe: LoadProbe = {};
  Reflect.set(window, '__benchLoad', probe);
  const titleField = (): HTMLInputElement | undefined => {
    const form = document.querySelector('form[aria-label="Approval event"]');
    if (!form) return undefined;
    for (const label of form.querySelectorAll('label')) {
      if (label.textContent?.replace('*', '').trim() !== 'Title') continue;
      const input = label.htmlFor ? document.getElementById(label.htmlFor) : null;
      if (input instanceof HTMLInputElement) return input;
    }
    return undefined;
  };
  const check = (): boolean => {
    if (probe.readyAt === undefined && document.querySelector('[role="status"][aria-label="Python ready"]')) {
      probe.readyAt = performance.now();
    }
    if (probe.formUsableAt === undefined) {
      const input = titleField();
      if (input && !input.disabled && input.checkVisibility()) probe.formUsableAt = performance.now();
    }
    return probe.readyAt !== undefined && probe.formUsableAt !== undefined;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const everyFrame = () => {
    if (!check()) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
}

/** Reads what `installLoadProbe` recorded. */
export function readLoadProbe(): LoadProbe {
  const probe: unknown = Reflect.get(window, '__benchLoad');
  if (typeof probe !== 'object' || probe === null) return {};
  const at = (key: string): number | undefined => {
    const value: unknown = Reflect.get(probe, key);
    return typeof value === 'number' ? value : undefined;
  };
  const result: LoadProbe = {};
  const readyAt = at('readyAt');
  const formUsableAt = at('formUsableAt');
  if (readyAt !== undefined) result.readyAt = readyAt;
  if (formUsableAt !== undefined) result.formUsableAt = formUsableAt;
  return result;
}

/** What one click on Run gave: the time to the result's commit, the sandbox's share, the result's text. */
export interface RunClick {
  ms: number;
  /** From the status saying "Running…" to it saying "Python ready" again, when both were seen. */
  sandboxMs?: number;
  text: string;
}

/**
 * Clicks the test panel's Run button and resolves when the run is over and its result is in
 * the DOM: the button went disabled (running) and is enabled again, with a result shown.
 */
export function clickRunAndWait(): Promise<RunClick> {
  const panel = document.querySelector('section[aria-label="Test run"]');
  const button = panel
    ? // Not the "Run" tab above it, which is a <button role="tab"> with the same text.
      [...panel.querySelectorAll<HTMLButtonElement>('button:not([role="tab"])')].find(
        (b) => b.textContent?.trim() === 'Run',
      )
    : undefined;
  if (!panel || !button) return Promise.reject(new Error('no Run button in the test panel'));
  const resultText = (): string | undefined => {
    const region = panel.querySelector('[role="region"][aria-label="Run result"]');
    if (region) return region.textContent ?? '';
    const notFired = [...panel.querySelectorAll('[role="status"]')].find((s) =>
      s.textContent?.includes('did not fire'),
    );
    return notFired?.textContent ?? undefined;
  };
  const chip = (label: string) => document.querySelector(`[role="status"][aria-label="${label}"]`) !== null;
  return new Promise((resolve, reject) => {
    let sawBusy = false;
    let runningAt: number | undefined;
    let readyAt: number | undefined;
    const timer = setTimeout(() => reject(new Error('Run did not finish within 30 s')), 30_000);
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      if (runningAt === undefined && chip('Running…')) runningAt = now;
      if (runningAt !== undefined && readyAt === undefined && chip('Python ready')) readyAt = now;
      if (records.some((r) => r.target === button && r.attributeName === 'disabled')) sawBusy = true;
      if (!sawBusy || button.disabled) return;
      const text = resultText();
      if (text === undefined) return;
      observer.disconnect();
      clearTimeout(timer);
      const sandboxMs = runningAt !== undefined && readyAt !== undefined ? readyAt - runningAt : undefined;
      resolve({ ms: now - started, text, ...(sandboxMs === undefined ? {} : { sandboxMs }) });
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const started = performance.now();
    button.click();
  });
}

/**
 * Clicks Stop and resolves with the ms until the status says "Python ready" again; rejects when
 * there is no Stop button.
 */
export function clickStopAndWaitReady(): Promise<number> {
  const stop = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Stop');
  if (!stop) return Promise.reject(new Error('no Stop button'));
  const ready = () => document.querySelector('[role="status"][aria-label="Python ready"]') !== null;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not ready within 60 s of Stop')), 60_000);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      resolve(ms);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const started = performance.now();
    stop.click();
  });
}

/** The tab's memory from measureUserAgentSpecificMemory, in bytes, and the workers' share. */
export interface MemorySample {
  bytes: number;
  workerBytes: number;
  crossOriginIsolated: boolean;
  error?: string;
}

/** Measures the page's memory (all its realms: window, workers); needs cross-origin isolation. */
export async function measureTabMemory(): Promise<MemorySample> {
  const isolated = globalThis.crossOriginIsolated;
  const measure: unknown = Reflect.get(performance, 'measureUserAgentSpecificMemory');
  if (typeof measure !== 'function') {
    return { bytes: 0, workerBytes: 0, crossOriginIsolated: isolated, error: 'API missing' };
  }
  const result: unknown = await measure.call(performance);
  const bytes: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, 'bytes') : 0;
  const breakdown: unknown =
    typeof result === 'object' && result !== null ? Reflect.get(result, 'breakdown') : [];
  let workerBytes = 0;
  if (Array.isArray(breakdown)) {
    for (const part of breakdown) {
      const size: unknown = Reflect.get(part, 'bytes');
      const attribution: unknown = Reflect.get(part, 'attribution');
      const inWorker =
        Array.isArray(attribution) &&
        attribution.some((a) => Reflect.get(a, 'scope') === 'DedicatedWorkerGlobalScope');
      if (inWorker && typeof size === 'number') workerBytes += size;
    }
  }
  return { bytes: typeof bytes === 'number' ? bytes : 0, workerBytes, crossOriginIsolated: isolated };
}

/** Total of what this origin stores (Cache Storage, IndexedDB, …), to see writes settle. */
export async function storageUsage(): Promise<number> {
  const estimate = await navigator.storage.estimate();
  return estimate.usage ?? 0;
}

/**
 * Per key, from keydown's timestamp: `work`, the main thread's time on the key before it is seen —
 * until the page's input handlers are done (the browser inserting the character, React, the
 * form), plus the frame that paints it (animation-frame callbacks, style, layout, paint), without
 * the wait between them for the display's next frame; `toPaint`, keydown → that frame painted,
 * the wait included; and the keydowns Event Timing reports at 16 ms or more (it rounds to 8 ms).
 */
export function installTypingProbe(): void {
  const work: number[] = [];
  const toPaint: number[] = [];
  const slowEvents: number[] = [];
  let keyDownAt: number | undefined;
  let handledAt: number | undefined;
  window.addEventListener('keydown', (event) => (keyDownAt = event.timeStamp), true);
  window.addEventListener(
    'input',
    () => {
      const from = keyDownAt;
      if (from === undefined) return;
      handledAt = undefined;
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        // A message posted from an animation frame is delivered once that frame is painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paintedAt = performance.now();
          work.push((handledAt ?? frameAt) - from + (paintedAt - frameAt));
          toPaint.push(paintedAt - from);
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // Bubbling to the window comes after the page's own handlers (React's are on its root).
  window.addEventListener('input', () => (handledAt = performance.now()));
  // durationThreshold is in the Event Timing spec but not yet in TypeScript's DOM types.
  const init: PerformanceObserverInit & { durationThreshold: number } = {
    type: 'event',
    durationThreshold: 16,
  };
  // Only keys pressed from now on: the entry of a key pressed before (the End that put the caret at
  // the end) can be delivered after the observer starts.
  const installedAt = performance.now();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown' && entry.startTime >= installedAt) slowEvents.push(entry.duration);
  }).observe(init);
  Reflect.set(window, '__benchTyping', { work, toPaint, slowEvents });
}

/** What `installTypingProbe` recorded so far. */
export function readTypingProbe(): { work: number[]; toPaint: number[]; slowEvents: number[] } {
  const probe: unknown = Reflect.get(window, '__benchTyping');
  const list = (key: string): number[] => {
    const value: unknown = typeof probe === 'object' && probe !== null ? Reflect.get(probe, key) : undefined;
    return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
  };
  return { work: list('work'), toPaint: list('toPaint'), slowEvents: list('slowEvents') };
}
