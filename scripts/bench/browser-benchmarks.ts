// The browser benchmarks: Chromium (playwright-core) against the production build served by
// `vite preview`, and the bare Pyodide reference page served by a static server of our own.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBatchInChromium } from './batch-in-chromium.js';
import { measureMainBundle } from './bundle-size.js';
import { launchBrowser, newBenchContext } from './chromium-launch.js';
import { measureStarts } from './cold-start.js';
import type { FigureResult, Results } from './figures.js';
import { measureOpenEvent } from './open-large-model.js';
import { startPreviewServer, studioDist } from './preview-server.js';
import { startStaticServer } from './static-server.js';
import { figureFromTimings, median, roundFigure } from './stats.js';
import { measureMemory, measureRunRoundTrip, measureStopToReady, openStudio } from './studio-session.js';
import { measureTyping, type TypingFigures } from './typing-latency.js';

/** Rounds and progress output for the browser benchmarks. */
export interface BrowserBenchOptions {
  rounds: number;
  log: (line: string) => void;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function pyodideDir(): string {
  const runtime = createRequire(join(root, 'packages/runtime/package.json'));
  return dirname(runtime.resolve('pyodide/package.json'));
}

function pyodideVersion(): string {
  const runtime = createRequire(join(root, 'packages/runtime/package.json'));
  return (runtime('pyodide/package.json') as { version: string }).version;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Runs a benchmark; a failure becomes a null figure with its reason (through `asResult`, for a
 * benchmark that gives several figures) instead of ending the suite.
 */
async function guarded<T = FigureResult>(
  what: string,
  work: () => Promise<T>,
  log: (line: string) => void,
  asResult: (failed: FigureResult) => T = (failed) => failed as T,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    log(`  ${what} failed: ${describeError(error)}`);
    return asResult({ value: null, reason: `${what} failed: ${describeError(error)}` });
  }
}

/** Runs every browser benchmark and adds its figures to `results`. */
export async function runBrowserBenchmarks(options: BrowserBenchOptions, results: Results): Promise<void> {
  const { rounds, log } = options;
  results.mainBundleGzKB = await guarded('bundle size', () => measureMainBundle(studioDist(root)), log);
  log(`Browser: main bundle ${results.mainBundleGzKB.value ?? 'null'} KB gzip`);

  let preview: Awaited<ReturnType<typeof startPreviewServer>>;
  try {
    preview = await startPreviewServer(root);
  } catch (error) {
    const reason = `the studio could not be served: ${describeError(error)}`;
    for (const key of [
      'coldStartMs',
      'bareColdStartMs',
      'coldStartRatio',
      'warmStartMs',
      'formUsableMs',
    ] as const)
      results[key] = { value: null, reason };
    for (const key of [
      'runRoundTripMs',
      'stopToReadyMs',
      'tabMemoryMB',
      'batch10kMs',
      'typingMsPerKey',
      'typingToPaintMs',
      'bareTypingToPaintMs',
      'openLargeModelMs',
      'openEventMs',
    ] as const)
      results[key] = { value: null, reason };
    return;
  }
  const bare = await startStaticServer({
    '/pyodide/': pyodideDir(),
    '/': join(root, 'e2e/bench/bare'),
  });
  try {
    log(
      `Browser: cold and warm starts (${rounds} rounds, fresh profile each) — studio ${preview.url}, bare ${bare.url}`,
    );
    try {
      const starts = await measureStarts(`${preview.url}/`, `${bare.url}/`, rounds, log);
      const cold = starts.map((s) => s.studioColdReady);
      const bareCold = starts.map((s) => s.bareColdReady);
      results.coldStartMs = figureFromTimings(cold, 'to the "Python ready" status');
      results.bareColdStartMs = figureFromTimings(bareCold);
      results.coldStartRatio = {
        value: roundFigure(median(cold) / median(bareCold)),
        detail: `per round: ${starts.map((s) => (s.studioColdReady / s.bareColdReady).toFixed(2)).join(', ')}`,
      };
      results.warmStartMs = figureFromTimings(
        starts.map((s) => s.studioWarmReady),
        'profile reopened',
      );
      const forms = starts.flatMap((s) => (s.studioFormUsable === undefined ? [] : [s.studioFormUsable]));
      results.formUsableMs =
        forms.length > 0
          ? figureFromTimings(forms, 'cold load, fresh profile')
          : {
              value: null,
              reason: 'the Title field of the approval event form never became visible and enabled',
            };
    } catch (error) {
      const reason = `start benchmark failed: ${describeError(error)}`;
      log(`  ${reason}`);
      for (const key of [
        'coldStartMs',
        'bareColdStartMs',
        'coldStartRatio',
        'warmStartMs',
        'formUsableMs',
      ] as const)
        results[key] ??= { value: null, reason };
    }

    // The memory API resolves at the next garbage collection unless measurement is forced eager.
    const browser = await launchBrowser(['--enable-blink-features=ForceEagerMeasureMemory']);
    try {
      const context = await newBenchContext(browser);
      const page = await context.newPage();
      const opened = await openStudio(page, `${preview.url}/`).then(
        () => undefined,
        (error: unknown) => describeError(error),
      );
      if (opened !== undefined) {
        for (const key of ['runRoundTripMs', 'tabMemoryMB', 'stopToReadyMs'] as const)
          results[key] = { value: null, reason: `the studio did not open: ${opened}` };
      } else {
        log('Browser: Run round trip');
        results.runRoundTripMs = await guarded(
          'Run round trip',
          () => measureRunRoundTrip(page, Math.max(rounds, 15)),
          log,
        );
        log(`  runRoundTripMs ${results.runRoundTripMs.value ?? 'null'}`);
        results.tabMemoryMB = await guarded('tab memory', () => measureMemory(page), log);
        log(`  tabMemoryMB ${results.tabMemoryMB.value ?? 'null'}`);
        log('Browser: Stop → ready');
        results.stopToReadyMs = await guarded('Stop → ready', () => measureStopToReady(page, rounds), log);
        log(`  stopToReadyMs ${results.stopToReadyMs.value ?? 'null'}`);
      }
      await context.close();
      log('Browser: 10,000 rows in one batch');
      results.batch10kMs = await guarded(
        '10,000-row batch',
        () =>
          measureBatchInChromium(
            browser,
            preview.url,
            studioDist(root),
            pyodideVersion(),
            Math.max(rounds, 3),
          ),
        log,
      );
      log(`  batch10kMs ${results.batch10kMs.value ?? 'null'}`);
      log('Browser: typing in a 1,000-event app');
      const typing = await guarded(
        'typing',
        () => measureTyping(browser, `${preview.url}/`),
        log,
        (failed): TypingFigures => ({ work: failed, toPaint: failed, bareToPaint: failed }),
      );
      results.typingMsPerKey = typing.work;
      results.typingToPaintMs = typing.toPaint;
      results.bareTypingToPaintMs = typing.bareToPaint;
      log(
        `  typingMsPerKey ${typing.work.value ?? 'null'} (to paint ${typing.toPaint.value ?? 'null'}, bare input ${typing.bareToPaint.value ?? 'null'})`,
      );
      log('Browser: opening an event on a 2,000-field model');
      results.openLargeModelMs = await guarded(
        'opening the large model',
        () => measureOpenEvent(browser, `${preview.url}/`, rounds),
        log,
      );
      results.openEventMs = await guarded(
        'opening the sample model',
        () => measureOpenEvent(browser, `${preview.url}/`, rounds, 0),
        log,
      );
      log(
        `  openLargeModelMs ${results.openLargeModelMs.value ?? 'null'} (sample model ${results.openEventMs.value ?? 'null'})`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    await bare.close();
    await preview.close();
  }
}
