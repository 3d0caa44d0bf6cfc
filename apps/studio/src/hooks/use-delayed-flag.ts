import { useEffect, useState } from 'react';

/**
 * True once `flag` has stayed true for `delayMs`, false as soon as it is false again. For busy
 * indicators: a warm run takes a few milliseconds, and a Stop button or a "Running…" line that
 * flashes for one frame is noise (and a layout shift) rather than information.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return flag && shown;
}
