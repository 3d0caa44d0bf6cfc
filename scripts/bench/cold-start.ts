// Cold and warm start: the studio and the bare Pyodide page, alternating, each round in a fresh
// browser profile; the studio's profile is then reopened for the warm (returning user) start.
import type { BrowserContext, Page } from 'playwright-core';
import { waitForBrowserToSettle } from './browser-settle.js';
import { launchProfile, newProfileDir, removeProfileDir } from './chromium-launch.js';
import { installLoadProbe, type LoadProbe, readLoadProbe, storageUsage } from './page-probes.js';

/** One round's timings, ms since navigation start; undefined when the moment never came. */
export interface StartRound {
  studioColdReady: number;
  studioFormUsable?: number;
  studioWarmReady: number;
  bareColdReady: number;
}

const READY_TIMEOUT_MS = 90_000;

type Log = (line: string) => void;

/**
 * The profile's first page, once the browser has finished starting (see browser-settle.ts): a
 * visitor's browser is running before they open the studio, so its start-up is not the page's.
 */
async function firstPage(context: BrowserContext, log: Log): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await context.addInitScript(installLoadProbe);
  const browser = context.browser();
  if (!browser) throw new Error('the profile has no browser to wait for');
  const { settled, waitedMs } = await waitForBrowserToSettle(browser);
  if (!settled) log(`  (Chromium was still busy ${waitedMs} ms after launch; timing the load anyway)`);
  return page;
}

/** Opens `url` and waits for the status "Python ready"; returns what the in-page probe saw. */
async function openUntilReady(page: Page, url: string, waitForForm: boolean): Promise<LoadProbe> {
  await page.goto(url);
  await page.getByRole('status', { name: 'Python ready' }).waitFor({ timeout: READY_TIMEOUT_MS });
  if (waitForForm) {
    await page
      .getByRole('form', { name: 'Approval event' })
      .getByLabel('Title', { exact: true })
      .waitFor({ timeout: 30_000 })
      .catch(() => {});
  }
  const probe = await page.evaluate(readLoadProbe);
  if (probe.readyAt === undefined) throw new Error(`${url}: the probe missed "Python ready"`);
  return probe;
}

/** Waits until the origin's stored bytes stop changing (e.g. a snapshot being written), ≤ 15 s. */
async function waitForStorageToSettle(page: Page): Promise<void> {
  let previous = -1;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const usage = await page.evaluate(storageUsage);
    if (usage === previous) return;
    previous = usage;
    await page.waitForTimeout(750);
  }
}

async function studioRound(url: string, log: Log): Promise<Omit<StartRound, 'bareColdReady'>> {
  const dir = await newProfileDir();
  try {
    let context = await launchProfile(dir);
    let cold: LoadProbe;
    try {
      const page = await firstPage(context, log);
      cold = await openUntilReady(page, url, true);
      await waitForStorageToSettle(page);
    } finally {
      await context.close();
    }
    context = await launchProfile(dir);
    try {
      const warm = await openUntilReady(await firstPage(context, log), url, false);
      return {
        studioColdReady: cold.readyAt!,
        ...(cold.formUsableAt === undefined ? {} : { studioFormUsable: cold.formUsableAt }),
        studioWarmReady: warm.readyAt!,
      };
    } finally {
      await context.close();
    }
  } finally {
    await removeProfileDir(dir);
  }
}

async function bareRound(url: string, log: Log): Promise<number> {
  const dir = await newProfileDir();
  try {
    const context = await launchProfile(dir);
    try {
      return (await openUntilReady(await firstPage(context, log), url, false)).readyAt!;
    } finally {
      await context.close();
    }
  } finally {
    await removeProfileDir(dir);
  }
}

/** Runs `rounds` rounds, alternating which page goes first so neither always follows the other. */
export async function measureStarts(
  studioUrl: string,
  bareUrl: string,
  rounds: number,
  log: Log,
): Promise<StartRound[]> {
  const results: StartRound[] = [];
  for (let round = 0; round < rounds; round++) {
    let bareColdReady: number;
    let studio: Omit<StartRound, 'bareColdReady'>;
    if (round % 2 === 0) {
      studio = await studioRound(studioUrl, log);
      bareColdReady = await bareRound(bareUrl, log);
    } else {
      bareColdReady = await bareRound(bareUrl, log);
      studio = await studioRound(studioUrl, log);
    }
    const r = { ...studio, bareColdReady };
    log(
      `  round ${round + 1}: studio cold ${Math.round(r.studioColdReady)} ms (form ${Math.round(r.studioFormUsable ?? Number.NaN)}), warm ${Math.round(r.studioWarmReady)}, bare ${Math.round(r.bareColdReady)}`,
    );
    results.push(r);
  }
  return results;
}
