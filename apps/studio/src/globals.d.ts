/** Pyodide's version, from the installed package (vite.config.ts): part of its asset path. */
declare const __PYODIDE_VERSION__: string;
