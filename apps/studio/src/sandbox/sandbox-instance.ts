import { BrowserSandbox } from '@event-studio/runtime/browser';

let sandbox: BrowserSandbox | undefined;

/**
 * The studio's one Python sandbox, started on first call. Pyodide is served by the studio under
 * a versioned path, so its files can be cached for good.
 */
export function startSandbox(): BrowserSandbox {
  sandbox ??= BrowserSandbox.create({
    indexURL: new URL(`${import.meta.env.BASE_URL}pyodide/${__PYODIDE_VERSION__}/`, location.href).href,
  });
  return sandbox;
}
