import { startTransition, useEffect, useState } from 'react';

// Once the studio has painted, later mounts (opening another element) have nothing to wait for.
let studioPainted = false;

/**
 * False on the studio's first render, true soon after it has been painted: for a part of the
 * screen that can come a moment later, so what the user reaches for first (the form) is not held
 * back by it on a cold load. The second render is a transition, which React may interrupt for
 * the user's input. Components mounted after that render at once.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(studioPainted);
  useEffect(() => {
    if (painted) return;
    // A passive effect of the first commit runs after its paint; the frame after that is the mount.
    const frame = requestAnimationFrame(() => {
      studioPainted = true;
      startTransition(() => setPainted(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [painted]);
  return painted;
}
