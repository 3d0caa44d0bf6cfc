// Starts the bare Pyodide worker and flips the status when it says Python is ready.
const status = document.getElementById('status');
const worker = new Worker(new URL('./bare.worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => {
  const label =
    event.data.type === 'ready' ? 'Python ready' : `Python failed to start: ${event.data.message}`;
  status.setAttribute('aria-label', label);
  status.textContent = label;
  performance.mark('bench:python-ready', { detail: event.data });
};
