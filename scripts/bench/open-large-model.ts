// The longest main-thread task when a user opens an event whose model is at the field cap
// (MAX_FIELDS_PER_MODEL): an app from anywhere may have one, and the studio must stay responsive
// (issue #23: never blocked for more than 100 ms by opening hostile content). The studio opens
// the sample app with its OrderModel grown to the cap; the user switches to another event and back
// to the Order Approval Event, and the Long Tasks API reports what blocked the page meanwhile.

import { encodeText, MAX_FIELDS_PER_MODEL, readText, writeZip } from '@event-studio/runtime';
import { readAppFolder, sampleAppDir } from '@event-studio/runtime/node';
import type { Browser, Page } from 'playwright-core';
import { newBenchContext } from './chromium-launch.js';
import type { FigureResult } from './figures.js';
import { figureFromTimings } from './stats.js';

const MODEL_PATH = 'models/OrderModel/model.py';
/** The fields of the sample's OrderModel. */
const SAMPLE_FIELDS = 12;

/** One field line of each kind the sample rows table shows differently (text, number, date, choice). */
const FIELD_KINDS = [
  (name: string) => `datatypes.Stext(name="${name}", title="Text ${name}")`,
  (name: string) => `datatypes.Money(name="${name}", title="Money ${name}", decimal=2)`,
  (name: string) => `datatypes.Date(name="${name}", title="Date ${name}")`,
  (name: string) => `datatypes.Dropdown(name="${name}", title="Choice ${name}", options=["a", "b"])`,
  (name: string) => `datatypes.Numeric(name="${name}", title="Number ${name}")`,
];

/** The sample's OrderModel with extra fields up to `fieldCount`, before its `class Meta`. */
function grownOrderModel(source: string, fieldCount: number): string {
  const existing = (source.match(/= datatypes\./g) ?? []).length;
  const lines: string[] = [];
  for (let index = 0; index < fieldCount - existing; index++) {
    const name = `extra${String(index).padStart(4, '0')}`;
    lines.push(`    ${name} = ${FIELD_KINDS[index % FIELD_KINDS.length]!(name)}`);
  }
  return source.replace('\n    class Meta:', `\n${lines.join('\n')}\n\n    class Meta:`);
}

/** The sample app zip with OrderModel grown to `fieldCount` fields (unchanged below its own count). */
async function appZip(fieldCount: number): Promise<Uint8Array> {
  const tree = new Map(await readAppFolder(sampleAppDir()));
  const source = readText(tree, MODEL_PATH);
  if (source === undefined) throw new Error(`the sample app has no ${MODEL_PATH}`);
  tree.set(MODEL_PATH, encodeText(grownOrderModel(source, fieldCount)));
  return writeZip(tree);
}

/** Starts recording long tasks (over 50 ms) in the page, from now. */
function startLongTaskProbe(): void {
  const durations: number[] = [];
  Reflect.set(window, '__benchLongTasks', durations);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/** The longest task recorded since `startLongTaskProbe` (0 when none passed 50 ms). */
function readLongestTask(): number {
  const durations: unknown = Reflect.get(window, '__benchLongTasks');
  return Array.isArray(durations) ? Math.max(0, ...durations.map(Number)) : 0;
}

async function openEvent(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name }).click();
  await page.locator('[aria-label="Test run"] button:not([role="tab"]):text-is("Run")').waitFor();
}

/** Two frames after now: what was committed has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Median over `rounds` openings of the longest main-thread task while the Order Approval Event
 * opens, its model grown to `fieldCount` fields (the sample's own 12 when smaller: the reference).
 */
export async function measureOpenEvent(
  browser: Browser,
  url: string,
  rounds: number,
  fieldCount = MAX_FIELDS_PER_MODEL,
): Promise<FigureResult> {
  const zip = await appZip(fieldCount);
  const context = await newBenchContext(browser);
  try {
    await context.route('**/sample-app.zip', (route) =>
      route.fulfill({ status: 200, contentType: 'application/zip', body: Buffer.from(zip) }),
    );
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('status', { name: 'Python ready' }).waitFor({ timeout: 90_000 });
    await page.waitForFunction(() => performance.getEntriesByName('es:standby-ready').length > 0, undefined, {
      timeout: 90_000,
    });
    const longest: number[] = [];
    // The first opening also loads the model's reading; later ones are a user going back and forth.
    for (let round = 0; round < rounds + 1; round++) {
      await openEvent(page, /Multi-Handle Type Event/);
      await page.evaluate(afterPaint);
      await page.evaluate(startLongTaskProbe);
      await openEvent(page, /Order Approval Event/);
      // A CSS query, not a role query: computing thousands of accessible names in the page would
      // be a long task of the benchmark's own.
      await page.waitForFunction(() => document.querySelector('th[title^="orderNo "]') !== null, undefined, {
        timeout: 30_000,
      });
      await page.evaluate(afterPaint);
      if (round > 0) longest.push(await page.evaluate(readLongestTask));
    }
    const fields = Math.max(fieldCount, SAMPLE_FIELDS);
    return figureFromTimings(longest, `${fields} fields; 0 = no task over 50 ms`);
  } finally {
    await context.close();
  }
}
