import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readFieldMembers, renderFieldMembers } from '../src/sandbox/field-members-source.js';
import {
  FIELD_MEMBERS_FILE,
  GENERATED_FILE,
  readPythonSources,
  renderPythonSources,
} from '../src/sandbox/python-sources.node.js';

// Regenerates src/sandbox/python-sources.generated.ts (the shim as strings) and
// src/intellisense/field-members.generated.ts (the field objects' members, for the editor) from
// src/sandbox/python/**/*.py. `--check` exits 1 instead of writing when either is stale.

const sources = readPythonSources();
let stale = false;
for (const [file, text] of [
  [GENERATED_FILE, renderPythonSources(sources)],
  [FIELD_MEMBERS_FILE, renderFieldMembers(readFieldMembers(sources))],
] as const) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // first run: nothing generated yet
  }
  if (current === text) {
    console.log(`${basename(file)} is up to date`);
  } else if (process.argv.includes('--check')) {
    console.error(`${basename(file)} is stale: run pnpm embed-python`);
    stale = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
