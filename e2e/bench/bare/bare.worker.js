// Loads Pyodide exactly as a minimal app would (same files as the studio, served by the bench's
// static server under /pyodide/) and runs one line of Python, then reports ready.
import { loadPyodide } from '/pyodide/pyodide.mjs';

const started = performance.now();
try {
  const pyodide = await loadPyodide({ indexURL: '/pyodide/' });
  const version = pyodide.runPython('import sys; sys.version.split()[0]');
  postMessage({ type: 'ready', version, loadMs: performance.now() - started });
} catch (error) {
  postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
