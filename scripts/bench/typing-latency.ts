// Keystroke latency in the form of a 1,000-event app: the studio opens the generated app in
// place of its sample (the request for /sample-app.zip is answered with its zip), then a user
// types into the open event's Title field.

import { writeZip } from '@event-studio/runtime';
import type { Browser } from 'playwright-core';
import { newBenchContext } from './chromium-launch.js';
import type { FigureResult } from './figures.js';
import { generateApp } from './generate-app.js';
import { installTypingProbe, readTypingProbe } from './page-probes.js';
import { figureFromTimings } from './stats.js';

const TYPED = ' typed by the benchmark, key by key';

/** Per-key latency typing into the Title field of a 1,000-event app (median over the keys). */
export async function measureTyping(browser: Browser, url: string): Promise<FigureResult> {
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
    await title.click();
    await page.keyboard.press('End');
    await page.evaluate(installTypingProbe);
    for (const [index, key] of [...TYPED].entries()) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForFunction((count) => {
        const probe: unknown = Reflect.get(window, '__benchTyping');
        const timings: unknown =
          typeof probe === 'object' && probe !== null ? Reflect.get(probe, 'timings') : [];
        return Array.isArray(timings) && timings.length >= count;
      }, index + 1);
    }
    const { timings, slowEvents } = await page.evaluate(readTypingProbe);
    const value = await title.inputValue();
    if (!value.endsWith(TYPED))
      return { value: null, reason: `typing did not reach the Title field (${value})` };
    return figureFromTimings(
      timings,
      `${listed} tree items; ${slowEvents.length} of ${timings.length} keydowns over 16 ms incl. paint (Event Timing)`,
    );
  } finally {
    await context.close();
  }
}
