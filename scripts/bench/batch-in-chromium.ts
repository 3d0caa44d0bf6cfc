// The 10,000-row batch in Chromium: the studio's own sandbox worker, from its production build,
// driven from a page of the studio's origin through the protocol the studio's host speaks. The
// rows do not go through the studio's rows table, which shows a user's sample rows, not thousands.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newBenchContext } from './chromium-launch.js';
import type { FigureResult } from './figures.js';
import { generateApp } from './generate-app.js';
import { orderRequest } from './order-request.js';
import { figureFromTimings } from './stats.js';

/** What the page measured: the timed batches, or why it could not. */
interface PageBatch {
  timings: number[];
  failures: number;
  error?: string;
}

interface PageBatchInput {
  workerUrl: string;
  indexURL: string;
  requestJson: string;
  rowsJson: string;
  rounds: number;
}

/**
 * Runs in the page (self-contained): starts the worker, then times post → results parsed for one
 * warm-up and `rounds` batches, as the studio's host would (it parses the results' JSON too).
 */
async function batchInPage(input: PageBatchInput): Promise<PageBatch> {
  const worker = new Worker(input.workerUrl, { type: 'module' });
  const request: unknown = JSON.parse(input.requestJson);
  let nextId = 1;
  const call = (message: Record<string, unknown>): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the worker failed')));
      const onMessage = (event: MessageEvent) => {
        const reply = event.data as Record<string, unknown>;
        if (reply.id !== message.id || reply.type === 'progress' || reply.type === 'snapshot') return;
        worker.removeEventListener('message', onMessage);
        resolve(reply);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage(message);
    });
  try {
    const ready = await call({ type: 'init', id: nextId++, token: 'bench', indexURL: input.indexURL });
    if (ready.type !== 'ready') return { timings: [], failures: 0, error: `init: ${String(ready.message)}` };
    const timings: number[] = [];
    let failures = 0;
    for (let round = 0; round <= input.rounds; round++) {
      const started = performance.now();
      const reply = await call({
        type: 'runBatch',
        id: nextId++,
        token: 'bench',
        request,
        rowsJson: input.rowsJson,
      });
      if (reply.type !== 'batchResult')
        return { timings, failures, error: `runBatch: ${String(reply.message ?? reply.type)}` };
      const results = JSON.parse(String(reply.resultsJson)) as { ok: boolean }[];
      const ms = performance.now() - started;
      failures = results.filter((result) => !result.ok).length;
      if (round > 0) timings.push(ms);
    }
    return { timings, failures };
  } finally {
    worker.terminate();
  }
}

/** The sandbox worker's file in the build (Vite names it sandbox.worker-<hash>.js). */
async function sandboxWorkerFile(dist: string): Promise<string> {
  const assets = await readdir(join(dist, 'assets'));
  const file = assets.find((name) => /^sandbox\.worker-[\w-]+\.js$/.test(name));
  if (!file) throw new Error(`${dist}/assets has no sandbox.worker-*.js`);
  return `assets/${file}`;
}

/** 10,000 rows of OrderModel through the seed order handler in one batch, median of `rounds`. */
export async function measureBatchInChromium(
  browser: Browser,
  studioUrl: string,
  dist: string,
  pyodideVersion: string,
  rounds: number,
): Promise<FigureResult> {
  const { request, rows } = orderRequest(await generateApp(0));
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    // An empty page of the studio's origin, so the worker and Pyodide load from the studio's server.
    const blank = `${studioUrl}/__batch-bench.html`;
    await page.route(blank, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>batch</title>' }),
    );
    await page.goto(blank);
    const measured = await page.evaluate(batchInPage, {
      workerUrl: `${studioUrl}/${await sandboxWorkerFile(dist)}`,
      indexURL: `${studioUrl}/pyodide/${pyodideVersion}/`,
      requestJson: JSON.stringify(request),
      rowsJson: JSON.stringify(rows),
      rounds,
    });
    if (measured.error) return { value: null, reason: measured.error };
    if (measured.failures > 0)
      return {
        value: null,
        reason: `${measured.failures} of ${rows.length} batch runs failed; not timing a failing batch`,
      };
    return figureFromTimings(measured.timings, `${rows.length} rows, post → results parsed`);
  } finally {
    await context.close();
  }
}
