import { useEffect, useState } from 'react';
import { startSandbox } from '../sandbox/sandbox-instance';
import { loadMonaco } from './monaco-loader';

// Monaco is the largest thing the studio loads (megabytes of JavaScript to parse and compile). On a
// two-core machine, doing that while Python starts for the first time slows Python's start by
// seconds, so Monaco waits until the sandbox has started, or until the user reaches for the code,
// whichever comes first. A returning user's Python starts from a snapshot in about a second.

/** Loads Monaco anyway after this long, whatever the sandbox is doing (say, it failed to start). */
const LOAD_AT_THE_LATEST_MS = 20_000;

/** Whether Monaco is loaded, and a function that asks for it now (a click on the code). */
export function useMonacoWhenWanted(): { ready: boolean; want: () => void } {
  const [wanted, setWanted] = useState(() => startSandbox().state !== 'loading');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (wanted) return undefined;
    const sandbox = startSandbox();
    const unsubscribe = sandbox.onStateChange((state) => {
      if (state !== 'loading') setWanted(true);
    });
    const timer = setTimeout(() => setWanted(true), LOAD_AT_THE_LATEST_MS);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    void loadMonaco().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [wanted]);

  return { ready, want: () => setWanted(true) };
}
