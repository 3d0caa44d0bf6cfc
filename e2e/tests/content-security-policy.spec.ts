import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, test as unwatchedTest, type Worker } from '@playwright/test';
import { expect, test } from '../fixtures';
import { StudioPage } from '../pages/studio-page';

// The studio is served with a Content-Security-Policy (apps/studio/vite-plugins/security-headers.ts,
// docs/deploy.md): no inline or string-built script in the page or in any worker, no framing,
// cross-origin isolation. These tests ask the served build, as a browser meets it.
//
// Code run by page.evaluate / worker.evaluate comes through the DevTools protocol, which CSP
// exempts: an `eval` called right inside it runs. So every probe below tries its string code from a
// task of the page's (or worker's) own: a timer callback, where the policy applies as it would to
// the studio's code or a handler's.

const STUDIO_DIR = fileURLToPath(new URL('../../apps/studio/', import.meta.url));
const DIST_DIR = resolve(STUDIO_DIR, process.env.E2E_DIST ?? 'dist');
const DEPLOY_DOC = fileURLToPath(new URL('../../docs/deploy.md', import.meta.url));

const SANDBOX_WORKER = /\/assets\/sandbox\.worker-[^/]+\.js$/;
const EDITOR_WORKER = /\/assets\/editor\.worker-[^/]+\.js$/;
/** Pyodide's JavaScript: no Python (and no lock-down of the worker) before it is loaded. */
const PYODIDE_SCRIPT = '**/pyodide/*/pyodide.asm.mjs';

/** A policy header as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

/** What a probe saw: how each attempt ended, and the violations the policy reported. */
interface ProbeResult {
  stringTimerId: number;
  stringTimerRan: boolean;
  evalError: string;
  functionError: string;
  violations: Array<{ directive: string; blockedURI: string; sample: string }>;
  crossOriginIsolated: boolean;
}

/**
 * Tries, from a timer task of the page or worker it runs in, a string timer, `eval` and
 * `new Function`, and resolves once a timer queued after the string one has fired and either
 * something ran (the policy failed: no point waiting) or the policy has reported all three refusals
 * (each violation's sample is the refused code). No fixed wait.
 */
function probeStringCode(): Promise<ProbeResult> {
  const scope = globalThis as typeof globalThis & { __stringTimerRan?: boolean };
  const violations: ProbeResult['violations'] = [];
  // Each attempt's code starts with its own tag: a violation's sample is the code's first 40
  // characters (new Function's after `(function anonymous(\n) {\n`).
  const codes = ["'timer probe'", "'eval probe'", "'fn probe'"];
  return new Promise((done) => {
    let ticked = false;
    const result = { stringTimerId: -1, evalError: '', functionError: '' };
    const finish = () => {
      if (!ticked) return;
      const ran = scope.__stringTimerRan === true || result.evalError === '' || result.functionError === '';
      if (!ran && !codes.every((code) => violations.some((v) => v.sample.includes(code)))) return;
      done({
        ...result,
        stringTimerRan: scope.__stringTimerRan === true,
        violations,
        crossOriginIsolated: scope.crossOriginIsolated,
      });
    };
    scope.addEventListener('securitypolicyviolation', (event) => {
      const violation = event as SecurityPolicyViolationEvent;
      violations.push({
        directive: violation.effectiveDirective,
        blockedURI: violation.blockedURI,
        sample: violation.sample,
      });
      finish();
    });
    setTimeout(() => {
      // The timer would set the flag; as a string it needs evaluation, which the policy refuses.
      result.stringTimerId = (setTimeout as (code: string, ms: number) => number)(
        `${codes[0]}; globalThis.__stringTimerRan = true;`,
        0,
      );
      // Timers of equal delay run in order: when this one fires, the string one would have.
      setTimeout(() => {
        ticked = true;
        finish();
      }, 0);
      try {
        // biome-ignore lint/security/noGlobalEval: the policy under test must refuse exactly this
        eval(codes[1] as string);
      } catch (error) {
        result.evalError = String(error);
      }
      try {
        new Function(codes[2] as string)();
      } catch (error) {
        result.functionError = String(error);
      }
    }, 0);
  });
}

/** What a refusal by the policy (not by anything else) says. */
const REFUSED_BY_CSP =
  /EvalError: .*Content Security Policy.*'unsafe-eval' is not an allowed source of script/s;

function expectRefused(result: ProbeResult): void {
  expect(result.stringTimerId, 'a refused string timer is not scheduled').toBe(0);
  expect(result.stringTimerRan).toBe(false);
  expect(result.evalError).toMatch(REFUSED_BY_CSP);
  expect(result.functionError).toMatch(REFUSED_BY_CSP);
  for (const code of ['timer probe', 'eval probe', 'fn probe']) {
    expect(result.violations).toContainEqual(
      expect.objectContaining({
        directive: 'script-src',
        blockedURI: 'eval',
        sample: expect.stringContaining(code),
      }),
    );
  }
}

test.describe('the content security policy', () => {
  test('every response carries the policy and the isolation headers, and the static-host files say the same', async ({
    page,
    request,
  }) => {
    const workerResponse = page.waitForResponse((response) => SANDBOX_WORKER.test(response.url()));
    const main = await page.goto('/');
    expect(main).not.toBeNull();
    const sent = (await main?.allHeaders()) ?? {};

    const policy = directives(sent['content-security-policy'] ?? '');
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    // WebAssembly compilation (Pyodide), and no other way to run code that is not a file of the studio.
    expect(scripts).toContain("'wasm-unsafe-eval'");
    for (const loophole of [
      "'unsafe-eval'",
      "'unsafe-inline'",
      "'unsafe-hashes'",
      '*',
      'data:',
      'blob:',
      'http:',
      'https:',
    ]) {
      expect(scripts).not.toContain(loophole);
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(sent).toMatchObject({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });

    // dist/_headers (Netlify, Cloudflare Pages) and docs/deploy.md's nginx lines: the headers the
    // server sends, with the same values.
    const headersFile = readFileSync(resolve(DIST_DIR, '_headers'), 'utf8');
    const [, block = ''] = headersFile.match(/^\/\*\n((?:[ \t]+.*\n?)*)/m) ?? [];
    const security: Record<string, string> = Object.fromEntries(
      block
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
    );
    expect(Object.keys(security)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'cross-origin-opener-policy',
        'cross-origin-embedder-policy',
        'cross-origin-resource-policy',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
      ]),
    );
    expect(sent).toMatchObject(security);
    const nginx = readFileSync(DEPLOY_DOC, 'utf8').match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
    const fromNginx = Object.fromEntries(
      [...nginx.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name = '', value]) => [
        name.toLowerCase(),
        value,
      ]),
    );
    expect(fromNginx).toEqual(security);

    // The sandbox worker's own response: a worker's policy comes from its script, not from the page.
    const worker = await workerResponse;
    expect(await worker.allHeaders()).toMatchObject(security);
    // And the rest: Pyodide's files, the sample app, a 404.
    const pyodide = `/pyodide/${readdirSync(resolve(DIST_DIR, 'pyodide'))[0]}`;
    for (const path of [
      `${pyodide}/pyodide.asm.mjs`,
      `${pyodide}/pyodide.asm.wasm`,
      '/sample-app.zip',
      '/no-such-file',
    ]) {
      const response = await request.get(path);
      expect(response.headers(), path).toMatchObject(security);
    }
  });

  test('the page is cross-origin isolated and runs no injected inline script, event handler or string code', async ({
    studio,
    page,
  }) => {
    expect(await page.evaluate(() => crossOriginIsolated && typeof SharedArrayBuffer === 'function')).toBe(
      true,
    );

    const refusedInline = await page.evaluate(
      () =>
        new Promise<{ ranScript: boolean; ranHandler: boolean }>((done) => {
          const flags = window as typeof window & { __inlineRan?: boolean; __handlerRan?: boolean };
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => {
            seen.push(event.effectiveDirective);
            if (seen.includes('script-src-elem') && seen.includes('script-src-attr'))
              done({ ranScript: flags.__inlineRan === true, ranHandler: flags.__handlerRan === true });
          });
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true;';
          document.head.append(script);
          // An image that fails to load, with an inline onerror handler.
          const holder = document.createElement('div');
          holder.innerHTML = '<img alt="" src="data:," onerror="window.__handlerRan = true">';
          document.body.append(holder);
        }),
    );
    expect(refusedInline.ranScript).toBe(false);
    expect(refusedInline.ranHandler).toBe(false);

    // (The page has the policy twice, from the header and from index.html's <meta>: this is what
    // the two enforce together; the first test checks the header's own directives.)
    expectRefused(await page.evaluate(probeStringCode));
    // The studio still works after all this.
    await studio.selectEvent(/Order Approval Event/);
  });

  test('a studio worker refuses string timers, eval and new Function by its own response’s policy', async ({
    studio,
    page,
  }) => {
    // The probe runs in Monaco's editor worker: a module worker the studio serves as it serves the
    // sandbox worker (the first test checks that the sandbox worker's response carries the same
    // headers). The sandbox worker is no place for it: its own JavaScript lock-down refuses string
    // timers too, from its first line, by throwing, so a refusal there would not tell which layer
    // refused (and the thrown error gets the worker replaced). The editor worker has the policy only.
    const started = page.waitForEvent('worker', (worker) => EDITOR_WORKER.test(worker.url()));
    started.catch(() => {});
    await studio.selectEvent(/Order Approval Event/);
    await studio.openEditor();
    const worker = page.workers().find((candidate) => EDITOR_WORKER.test(candidate.url())) ?? (await started);

    const policy = (await page.request.get('/')).headers()['content-security-policy'];
    expect(policy).toBeTruthy();
    expect((await page.request.get(worker.url())).headers()['content-security-policy']).toBe(policy);
    const result = await worker.evaluate(probeStringCode);
    expectRefused(result);
    // And a worker of the page has SharedArrayBuffer, as the sandbox's interrupt needs.
    expect(result.crossOriginIsolated).toBe(true);
  });
});

unwatchedTest.describe('the content security policy, seen from another site', () => {
  // Another origin's page framing the studio: the foreign-request check of ../fixtures would
  // (rightly) object to that page, so this test does without it.
  unwatchedTest('no other site can frame the studio', async ({ page, baseURL }) => {
    const studioUrl = new URL('/', baseURL).href;
    // Another site on this machine: its own server, on another port (a page made up by page.route
    // would not do: the browser treats it as a public site and refuses it localhost outright).
    const site = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(`<!doctype html><title>Another site</title><iframe src="${studioUrl}"></iframe>`);
    });
    await new Promise<void>((listening) => site.listen(0, '127.0.0.1', listening));
    try {
      const { port } = site.address() as AddressInfo;
      const refused = page.waitForEvent('console', (message) =>
        /frame-ancestors 'none'/.test(message.text()),
      );
      await page.goto(`http://127.0.0.1:${port}/`);
      expect((await refused).text()).toContain(studioUrl);
      // The frame shows the browser's error page: no document of the studio in it.
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
      for (const each of page.frames()) expect(await each.locator('#root').count()).toBe(0);
    } finally {
      await new Promise((closed) => site.close(closed));
    }
  });
});

// The rest of this file: the studio at work under the policy, with nothing refused.

interface Violation {
  where: string;
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

/**
 * zod (the element schema's parser) calls `Function('')` once to learn whether it may compile its
 * parsers; refused, it parses without. An empty function could do nothing if it ran; this exact
 * sample is the only refusal the studio's own code is allowed. (`z.config({ jitless: true })` in
 * the studio would skip the probe.)
 */
const ZOD_PROBE = '(function anonymous(\n) {\n\n})';

const VIOLATION_TAG = 'csp-violation ';

/**
 * Reports every policy violation of the page and of each sandbox worker to the console, tagged:
 * the page's from before any of its code runs (an init script), each sandbox worker's from before
 * Pyodide's JavaScript is let in (the listener is installed first; the lock-down leaves `console`).
 */
async function watchViolations(
  page: Page,
): Promise<{ violations: Violation[]; watchedWorkers: () => number }> {
  const violations: Violation[] = [];
  let watched = 0;
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(VIOLATION_TAG))
      violations.push(JSON.parse(text.slice(VIOLATION_TAG.length)) as Violation);
  });
  const report = (where: string) => {
    globalThis.addEventListener('securitypolicyviolation', (event) => {
      const violation = event as SecurityPolicyViolationEvent;
      console.error(
        `csp-violation ${JSON.stringify({
          where,
          directive: violation.effectiveDirective,
          blockedURI: violation.blockedURI,
          sample: violation.sample,
          source: `${violation.sourceFile}:${violation.lineNumber}:${violation.columnNumber}`,
        })}`,
      );
    });
  };
  await page.addInitScript(report, 'page');
  const installs: Promise<void>[] = [];
  page.on('worker', (worker: Worker) => {
    // Monaco's editor worker too, though from a moment after it starts (nothing holds it back).
    if (EDITOR_WORKER.test(worker.url())) void worker.evaluate(report, 'editor worker').catch(() => {});
    if (!SANDBOX_WORKER.test(worker.url())) return;
    installs.push(
      worker.evaluate(report, 'sandbox worker').then(
        () => {
          watched += 1;
        },
        // A worker gone before the listener (a standby replaced): nothing of it to watch.
        () => {},
      ),
    );
  });
  await page.route(PYODIDE_SCRIPT, async (route) => {
    await Promise.all(installs);
    await route.fallback();
  });
  return { violations, watchedWorkers: () => watched };
}

test.describe('the studio under the policy', () => {
  // Two starts of Python, the first a cold one, on a machine whose two cores may be shared.
  test.describe.configure({ timeout: 600_000 });

  test('loads, runs Python cold and from the snapshot, and edits with Monaco without a refusal', async ({
    page,
  }) => {
    const watch = await watchViolations(page);
    const studio = new StudioPage(page);
    const ready = page.getByRole('status', { name: 'Python ready' });

    // The sample app (fetched zip), MUI, fonts; Python's cold start and a run.
    await studio.open();
    await expect(ready).toBeVisible({ timeout: 240_000 });
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await studio.run();
    await expect(studio.runResult.getByText(/save\(\) called 1 time/)).toBeVisible();

    // Monaco: hover, completions, a problem marker (its squiggle is a data: image).
    await studio.replaceCode('def handleOrderApproval(eventOutData):\n    total = eventOutData.row.amount');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    await expect(page.getByRole('tooltip').filter({ hasText: 'Order Amount' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('eventOutData.row.');
    await expect(page.locator('.suggest-widget')).toContainText('Order No');
    await page.keyboard.press('Escape');
    await studio.replaceCode('def handleOrderApproval():\n    pass\n');
    await expect(studio.editor().locator('[class*="squiggly-"]').first()).toBeVisible();
    await studio.replaceCode(
      'from jit.commons.utils.logger import log\n\n\ndef handleOrderApproval(eventOutData):\n    log.info("ran under the policy")\n',
    );

    // Python restored from the snapshot the cold start stored in Cache Storage, and a run.
    await page.waitForFunction(
      () => performance.getEntriesByName('es:snapshot-stored').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );
    // The last edit is saved before the reload, as a person would see it saved.
    await expect(page.getByRole('status', { name: 'All changes saved' })).toBeVisible();
    await studio.reload();
    await expect(ready).toBeVisible({ timeout: 240_000 });
    expect(
      await page.evaluate(
        () =>
          (performance.getEntriesByName('es:python-ready')[0] as PerformanceMark | undefined)?.detail
            ?.start as string | undefined,
      ),
    ).toBe('snapshot');
    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await studio.run();
    await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText('ran under the policy');

    // Both starts' sandbox workers were watched from before Pyodide loaded.
    expect(watch.watchedWorkers()).toBeGreaterThanOrEqual(2);
    expect(watch.violations.filter((violation) => violation.sample !== ZOD_PROBE)).toEqual([]);
  });
});
