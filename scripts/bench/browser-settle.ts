// Waits for a freshly launched Chromium to finish its own start-up before a page load is timed.
//
// Why: headless Chromium (the "new" headless, a full browser) builds each new window's top-chrome
// WebUI (the omnibox popup's renderer, chrome://omnibox-popup.top-chrome) right after launch. A
// trace of a cold load showed that renderer's main thread busy for ≈ 2.3 s of the studio's first
// 2.4 s, on a machine with two cores. A visitor's browser has done that long before they type
// the studio's address, so a page-load figure taken during it measures the browser, not the page.

import type { Browser } from 'playwright-core';

/** CPU time all of Chromium's processes may use in one interval for it to count as settled. */
const QUIET_CPU_MS = 10;
const INTERVAL_MS = 250;
const LONGEST_WAIT_MS = 15_000;

interface ProcessInfo {
  cpuTime: number;
}

export interface BrowserSettle {
  /** How long the wait took, ms. */
  waitedMs: number;
  /** False when the browser was still busy when the wait gave up. */
  settled: boolean;
}

/**
 * Resolves once every Chromium process together used under QUIET_CPU_MS of CPU over an interval
 * of INTERVAL_MS (read through the browser target's SystemInfo domain), or after LONGEST_WAIT_MS.
 */
export async function waitForBrowserToSettle(browser: Browser): Promise<BrowserSettle> {
  const session = await browser.newBrowserCDPSession();
  const started = Date.now();
  const cpuSeconds = async (): Promise<number> => {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: ProcessInfo[];
    };
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  };
  try {
    let previous = await cpuSeconds();
    while (Date.now() - started < LONGEST_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      const now = await cpuSeconds();
      if ((now - previous) * 1000 < QUIET_CPU_MS) return { waitedMs: Date.now() - started, settled: true };
      previous = now;
    }
    return { waitedMs: Date.now() - started, settled: false };
  } finally {
    await session.detach();
  }
}
