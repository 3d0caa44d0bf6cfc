/**
 * The single top folder that wraps a whole app, or '' when the paths are taken as they are.
 *
 * `myapp/app.json` + `myapp/events/x/e.json` → 'myapp' (zipping a folder by right-click does
 * this). `events/x/e.json` is a zip of element folders and keeps its paths. Without an app.json
 * the wrapper is recognised by depth: every element sits one level deeper than elements do
 * (`<top>/<category>/<name>/e.json`), and none sits at `<category>/<name>/e.json`.
 */
export function findWrappingFolder(paths: readonly string[]): string {
  let top: string | undefined;
  for (const path of paths) {
    const slash = path.indexOf('/');
    if (slash < 0) return ''; // a file at the top level: nothing wraps it
    const first = path.slice(0, slash);
    if (top === undefined) top = first;
    else if (top !== first) return '';
  }
  if (top === undefined) return '';
  if (paths.includes(`${top}/app.json`)) return top;
  let shallowest = Number.POSITIVE_INFINITY;
  for (const path of paths) {
    if (path.endsWith('/e.json')) shallowest = Math.min(shallowest, path.split('/').length);
  }
  return shallowest === 4 ? top : '';
}
