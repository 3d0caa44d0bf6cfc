import { issue } from '../issue/validation-issue.js';
import { type AppTree, listElementFolders } from './app-tree.js';
import { contextKindOfType, elementTypeOf } from './element-type.js';
import { MAX_MODEL_PY_BYTES, type ParsedModelPy, readModelPy } from './model-py-reader.js';

// Parsing model.py is the one costly step of building an app context: a syntax tree of the whole
// file, some tens of ms for a model at the field cap and seconds for a hostile file at the size
// cap. Parses are remembered by the file's bytes (an app tree never changes a file's bytes in
// place, it puts new ones), so a context rebuilt after an undo, a rename or an edit elsewhere
// parses nothing again, and a browser can parse in a worker first: modelPyFilesToParse on the
// page, parseModelPyBytes in the worker, rememberModelPyParse with what it sends back.

interface RememberedParse {
  file: string;
  parsed: ParsedModelPy;
}

const parses = new WeakMap<Uint8Array, RememberedParse>();
const decoder = new TextDecoder('utf-8');

/** A model.py file of a tree, as its path and bytes. */
export interface ModelPyFile {
  file: string;
  bytes: Uint8Array;
}

/** The parse of a model.py: the one remembered for these bytes at this path, else made now and remembered. */
export function modelPyParseOf(file: string, bytes: Uint8Array): ParsedModelPy {
  const known = parses.get(bytes);
  if (known?.file === file) return known.parsed;
  const parsed = parseModelPyBytes(file, bytes);
  parses.set(bytes, { file, parsed });
  return parsed;
}

/** Parses a model.py's bytes (in a worker, or on demand); a file that defeats the reader becomes a warning. */
export function parseModelPyBytes(file: string, bytes: Uint8Array): ParsedModelPy {
  try {
    return readModelPy(decoder.decode(bytes), file);
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    return {
      classes: [],
      issues: [issue('warning', 'model.unreadable', file, '', `model.py could not be read: ${reason}`)],
    };
  }
}

/** Remembers a parse made elsewhere (a worker) for these bytes, so buildAppContext does not parse them again. */
export function rememberModelPyParse(file: string, bytes: Uint8Array, parsed: ParsedModelPy): void {
  parses.set(bytes, { file, parsed });
}

/**
 * The model.py files buildAppContext would parse and has no parse of yet: those of the elements
 * whose e.json says they are models, within MAX_MODEL_PY_BYTES (a larger one is turned down unread).
 */
export function modelPyFilesToParse(tree: AppTree): ModelPyFile[] {
  const files: ModelPyFile[] = [];
  for (const folder of listElementFolders(tree)) {
    const file = `${folder}/model.py`;
    const bytes = tree.get(file);
    if (bytes === undefined || bytes.byteLength > MAX_MODEL_PY_BYTES) continue;
    if (parses.get(bytes)?.file === file) continue;
    if (contextKindOfType(elementTypeOf(tree, folder)) === 'model') files.push({ file, bytes });
  }
  return files;
}
