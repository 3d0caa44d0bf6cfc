import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:monaco-python';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Monaco with every editor feature but only the Python language. Monaco's own `editor.main`
 * registers ~80 languages and the TypeScript/CSS/HTML/JSON services, megabytes we never use; this
 * module keeps its feature imports (read from the installed Monaco, so upgrades carry over) and
 * drops the languages.
 */
export function monacoPython(): Plugin {
  const require = createRequire(import.meta.url);
  // Monaco's exports map every subpath to esm/vs/*.js, so resolve a real module, not package.json.
  const editorDir = dirname(require.resolve('monaco-editor/editor/editor.main.js'));
  const esmRoot = dirname(editorDir);
  return {
    name: 'event-studio:monaco-python',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const main = readFileSync(join(editorDir, 'editor.main.js'), 'utf8');
      const featureImports = [...main.matchAll(/^import '(\.[^']+)';$/gm)]
        .map((m) => m[1] as string)
        .filter((path) => !path.includes('/languages/'))
        .map((path) => `import ${JSON.stringify(join(editorDir, path))};`);
      return [
        ...featureImports,
        `import ${JSON.stringify(join(esmRoot, 'languages/definitions/python/register.js'))};`,
        `export * from ${JSON.stringify(join(editorDir, 'editor.api.js'))};`,
      ].join('\n');
    },
  };
}
