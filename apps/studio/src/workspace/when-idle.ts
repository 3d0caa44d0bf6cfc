/**
 * Calls `callback` once the browser has an idle moment (after the next paint, as a rule), and at
 * the latest after `timeoutMs`; returns a function that cancels it. Without requestIdleCallback
 * (Safari, Node) it is the next task.
 */
export function whenIdle(callback: () => void, timeoutMs = 50): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
