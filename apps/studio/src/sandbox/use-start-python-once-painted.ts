import { useEffect } from 'react';
import { firstScreenPainted } from './sandbox-instance';

/** Lets Python start once `shown` (the first screen) has been committed and painted. */
export function useStartPythonOncePainted(shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    // A task queued from an animation frame runs after that frame's paint.
    const frame = requestAnimationFrame(() => setTimeout(firstScreenPainted, 0));
    return () => cancelAnimationFrame(frame);
  }, [shown]);
}
