import { readFileSync, writeFileSync } from 'node:fs';
import {
  GENERATED_FILE,
  readPythonSources,
  renderPythonSources,
} from '../src/sandbox/python-sources.node.js';

// Regenerates src/sandbox/python-sources.generated.ts from src/sandbox/python/**/*.py.
// `--check` exits 1 instead of writing when the generated file is stale.

const text = renderPythonSources(readPythonSources());
let current = '';
try {
  current = readFileSync(GENERATED_FILE, 'utf8');
} catch {
  // first run: nothing generated yet
}
if (current === text) {
  console.log('python-sources.generated.ts is up to date');
} else if (process.argv.includes('--check')) {
  console.error('python-sources.generated.ts is stale: run pnpm embed-python');
  process.exit(1);
} else {
  writeFileSync(GENERATED_FILE, text);
  console.log(`wrote ${GENERATED_FILE}`);
}
