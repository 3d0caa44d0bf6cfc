// The virtual module built by vite-plugins/monaco-python.ts: Monaco's API with only Python.
declare module 'virtual:monaco-python' {
  export * from 'monaco-editor';
}
