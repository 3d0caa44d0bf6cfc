import { expect, test } from '../fixtures';

// A returning visitor's Python starts from the memory snapshot the first visit stored in the
// browser (issue 8): the status chip says so, a run works as after a cold start, and the restored
// worker is locked down as a cold one is.

const RESTORED = /Restored from the copy of Python saved in this browser/;

test.describe('a returning visitor', () => {
  // Two starts, the first a cold one, on a possibly loaded machine (a restore has been seen to take
  // a minute when the two cores were shared with twenty other busy threads).
  test.describe.configure({ timeout: 360_000 });

  test('gets Python restored from the saved snapshot, runs the Order Approval Event, and is locked down', async ({
    studio,
    page,
  }) => {
    const ready = page.getByRole('status', { name: 'Python ready' });
    // First visit: Python loads from scratch; the studio then stores its snapshot.
    await expect(ready).toBeVisible({ timeout: 120_000 });
    await expect(ready).not.toHaveAttribute('aria-description', RESTORED);
    await page.waitForFunction(
      () => performance.getEntriesByName('es:snapshot-stored').length > 0,
      undefined,
      {
        timeout: 60_000,
      },
    );

    // Second visit, same browser profile.
    await page.reload();
    await expect(ready).toBeVisible({ timeout: 120_000 });
    await expect(ready).toHaveAttribute('aria-description', RESTORED);
    await ready.hover();
    await expect(page.getByRole('tooltip')).toContainText(RESTORED);
    const start = await page.evaluate(() => {
      const mark = performance.getEntriesByName('es:python-ready')[0] as PerformanceMark | undefined;
      return (mark?.detail as { start?: string } | undefined)?.start;
    });
    expect(start).toBe('snapshot');

    await studio.selectEvent(/Order Approval Event/);
    await studio.testPanel.getByLabel('Status').fill('approved');
    await studio.run();
    await expect(studio.runResult.getByText(/save\(\) called 1 time/)).toBeVisible();
    const statusRow = studio.runResult.getByRole('row', { name: /^status/ });
    await expect(statusRow).toHaveAttribute('data-changed', 'true');
    await expect(statusRow).toContainText('"processing"');
    await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText(
      'approval status changed to: approved',
    );

    // The JS bridge by import, and the JS objects Pyodide keeps in its modules: none leads to
    // fetch, storage or postMessage (the full list runs in hostile.test.ts, restored workers included).
    // Short enough for Monaco to show every line (replaceCode checks the first one).
    await studio.replaceCode(
      [
        'from jit.commons.utils.logger import log',
        'def js_objects(enough=5):',
        '    seen, found, todo = set(), [], [object]',
        '    while todo and len(found) < enough:',
        '        for s in type.__subclasses__(todo.pop()):',
        '            if s in seen: continue',
        '            seen.add(s); todo.append(s)',
        '            for v in list(vars(s).values()):',
        '                found += [x for x in list(getattr(v, "__globals__", {}).values()) if "JsProxy" in type(x).__name__ or "JsCallable" in type(x).__name__]',
        '    return found',
        'def handleOrderApproval(eventOutData):',
        '    try: import js; log.info("js: OPEN")',
        '    except ImportError as e: log.info("js: %s", type(e).__name__)',
        '    proxies, escaped = js_objects(), []',
        '    for p in proxies:',
        '        for route in (lambda: p.constructor("return fetch")(), lambda: p.constructor.constructor("return caches")(), lambda: p.call.constructor("return postMessage")()):',
        '            try: escaped.append(repr(route()))',
        '            except Exception: pass',
        '    log.info("reachable JS objects: %s; escapes: %s", len(proxies) > 0, escaped)',
        '',
      ].join('\n'),
    );
    await studio.run();
    const logs = studio.runResult.getByRole('list', { name: 'Logs' });
    await expect(logs).toContainText('js: ModuleNotFoundError');
    await expect(logs).toContainText('reachable JS objects: True; escapes: []');
  });
});
