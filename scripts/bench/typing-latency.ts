// Keystroke latency in the form of a 1,000-event app: the studio opens the generated app in
// place of its sample (the request for /sample-app.zip is answered with its zip), then a user
// types into the open event's Title field. The same keys typed into a bare <input> in the same
// browser give the floor of "keydown → painted" on this machine.

import { writeZip } from '@event-studio/runtime';
import type { Browser, Locator, Page } from 'playwright-core';
import { newBenchContext } from './chromium-launch.js';
import type { FigureResult } from './figures.js';
import { generateApp } from './generate-app.js';
import { installTypingProbe, readTypingProbe } from './page-probes.js';
import { figureFromTimings } from './stats.js';

const TYPED = ' typed by the benchmark, key by key';

/** The typing figures: the studio's work per key, its keydown → painted, and a bare input's. */
export interface TypingFigures {
  work: FigureResult;
  toPaint: FigureResult;
  bareToPaint: FigureResult;
}

/** Types TYPED into `field` key by key (each once the last has been painted); what the probe saw. */
async function typeKeys(page: Page, field: Locator) {
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(installTypingProbe);
  for (const [index, key] of [...TYPED].entries()) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForFunction((count) => {
      const probe: unknown = Reflect.get(window, '__benchTyping');
      const toPaint: unknown =
        typeof probe === 'object' && probe !== null ? Reflect.get(probe, 'toPaint') : [];
      return Array.isArray(toPaint) && toPaint.length >= count;
    }, index + 1);
  }
  return page.evaluate(readTypingProbe);
}

/** keydown → painted for a page with nothing but an input: what any page pays on this machine. */
async function measureBareInput(browser: Browser): Promise<FigureResult> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    await page.setContent('<input aria-label="Bare" value="x">');
    const { toPaint } = await typeKeys(page, page.getByLabel('Bare'));
    return figureFromTimings(toPaint, 'a bare <input>, the same keys');
  } finally {
    await context.close();
  }
}

/** Per-key figures typing into the Title field of a 1,000-event app (medians over the keys). */
export async function measureTyping(browser: Browser, url: string): Promise<TypingFigures> {
  const zip = writeZip(await generateApp(1000));
  const context = await newBenchContext(browser);
  try {
    await context.route('**/sample-app.zip', (route) =>
      route.fulfill({ status: 200, contentType: 'application/zip', body: Buffer.from(zip) }),
    );
    const page = await context.newPage();
    await page.goto(url);
    const tree = page.getByRole('navigation', { name: 'Elements' });
    await tree.getByRole('button').first().waitFor({ timeout: 60_000 });
    const listed = await tree.getByRole('button').count();
    // Typing while Python, its standby and the editor load would time the loading (two cores):
    // a user types after the page settles.
    await page.getByRole('status', { name: 'Python ready' }).waitFor({ timeout: 90_000 });
    await page
      .getByRole('group', { name: /^Code editor/ })
      .locator('.monaco-editor')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('es:standby-ready').length > 0, undefined, {
      timeout: 90_000,
    });
    const title = page.getByRole('form', { name: 'Approval event' }).getByLabel('Title', { exact: true });
    const { work, toPaint, slowEvents } = await typeKeys(page, title);
    const value = await title.inputValue();
    if (!value.endsWith(TYPED)) {
      const failed = { value: null, reason: `typing did not reach the Title field (${value})` };
      return { work: failed, toPaint: failed, bareToPaint: failed };
    }
    return {
      work: figureFromTimings(work, `${listed} tree items; handlers + the frame that paints the key`),
      toPaint: figureFromTimings(
        toPaint,
        `${slowEvents.length} of ${toPaint.length} keydowns at 16 ms or more to the paint (Event Timing, 8 ms steps)`,
      ),
      bareToPaint: await measureBareInput(browser),
    };
  } finally {
    await context.close();
  }
}
