// Every figure the suite reports, its unit and its target from the performance issue (issue 8)
// and the issues it draws on (3–7): the table and the JSON are built from this one list.

/** The key of a figure in the JSON output. */
export type FigureKey =
  | 'coldStartMs'
  | 'bareColdStartMs'
  | 'coldStartRatio'
  | 'warmStartMs'
  | 'runRoundTripMs'
  | 'batch10kMs'
  | 'nodeBatch10kMs'
  | 'validate1000Ms'
  | 'revalidateOneMs'
  | 'import1000Ms'
  | 'export1000Ms'
  | 'formUsableMs'
  | 'mainBundleGzKB'
  | 'stopToReadyMs'
  | 'tabMemoryMB'
  | 'nodeRunMs'
  | 'nodeStopToReadyMs'
  | 'typingMsPerKey'
  | 'typingToPaintMs'
  | 'bareTypingToPaintMs'
  | 'openLargeModelMs'
  | 'openEventMs';

/** How a figure is read: its unit, its target (an upper bound) if it has one, and one line on it. */
export interface FigureSpec {
  key: FigureKey;
  unit: 'ms' | 'KB' | 'MB' | 'ratio';
  /** Met when the measured value is at most this; undefined for figures reported for context. */
  target?: number;
  about: string;
}

/** The figures in the order the table lists them. */
export const FIGURES: readonly FigureSpec[] = [
  { key: 'coldStartMs', unit: 'ms', about: 'studio: navigation → "Python ready" (fresh profile)' },
  { key: 'bareColdStartMs', unit: 'ms', about: 'bare page: navigation → Pyodide ready in a worker' },
  { key: 'coldStartRatio', unit: 'ratio', target: 1.15, about: 'coldStartMs ÷ bareColdStartMs' },
  { key: 'warmStartMs', unit: 'ms', target: 1000, about: 'studio, second visit, same profile' },
  { key: 'formUsableMs', unit: 'ms', target: 1500, about: 'navigation → Title field visible and enabled' },
  { key: 'runRoundTripMs', unit: 'ms', target: 20, about: 'click Run → result rendered (warm)' },
  {
    key: 'stopToReadyMs',
    unit: 'ms',
    target: 1500,
    about: 'click Stop on a runaway C call → "Python ready"',
  },
  { key: 'tabMemoryMB', unit: 'MB', target: 350, about: 'measureUserAgentSpecificMemory, sandbox ready' },
  {
    key: 'typingMsPerKey',
    unit: 'ms',
    target: 16,
    about: 'Title field of a 1,000-event app: main-thread work per key, to its paint',
  },
  { key: 'typingToPaintMs', unit: 'ms', about: 'the same keys: keydown → painted, the frame wait included' },
  { key: 'bareTypingToPaintMs', unit: 'ms', about: 'a bare <input>: keydown → painted (the floor)' },
  {
    key: 'openLargeModelMs',
    unit: 'ms',
    target: 100,
    about: 'longest main-thread task opening an event whose model has 2,000 fields (the cap)',
  },
  { key: 'openEventMs', unit: 'ms', about: 'the same, the sample’s 12-field model (the reference)' },
  {
    key: 'mainBundleGzKB',
    unit: 'KB',
    target: 400,
    about: 'gzip of what index.html loads (no Monaco/Pyodide)',
  },
  {
    key: 'batch10kMs',
    unit: 'ms',
    target: 1000,
    about: '10,000 rows through the order handler (Chromium, the studio’s worker)',
  },
  { key: 'nodeBatch10kMs', unit: 'ms', about: 'the same 10,000 rows in the Node sandbox' },
  { key: 'nodeRunMs', unit: 'ms', about: 'one warm run of the order handler (Node)' },
  { key: 'nodeStopToReadyMs', unit: 'ms', about: 'interrupt a runaway C call → ready (Node, standby)' },
  { key: 'validate1000Ms', unit: 'ms', target: 1000, about: 'buildAppContext + validateApp, 1,000 events' },
  { key: 'revalidateOneMs', unit: 'ms', target: 5, about: 'validateElement of one event in that app' },
  { key: 'import1000Ms', unit: 'ms', target: 1000, about: 'readZip + context + validateApp of its zip' },
  { key: 'export1000Ms', unit: 'ms', target: 500, about: 'writeZip of the 1,000-event app' },
];

/** A measured figure, or null and the reason it could not be measured. */
export type FigureResult = { value: number; detail?: string } | { value: null; reason: string };

/** Results by key; a figure missing here was not run (e.g. --node-only). */
export type Results = Partial<Record<FigureKey, FigureResult>>;
