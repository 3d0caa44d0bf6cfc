import {
  type AppTree,
  type ModelPyFile,
  modelPyFilesToParse,
  type ParsedModelPy,
  rememberModelPyParse,
} from '@event-studio/runtime';
import type { ModelPyWorkerReply, ParseModelPyRequest } from './model-py-worker-protocol';

/**
 * Bytes of model.py the page parses itself when an app opens. Parsing costs some 0.3 µs a byte
 * for ordinary code and up to 7 µs for dense hostile code (measured in Node on the studio's
 * two-core machine under load); 16 KB stays within a frame or two either way, and covers small
 * apps such as the sample app (6 KB), which thus open exactly as before, without a worker.
 */
export const PAGE_PARSE_BUDGET_BYTES = 16 * 1024;

/** The model.py files of a tree still to parse, and whether they are too many bytes for the page. */
export function modelPyWork(tree: AppTree): { files: ModelPyFile[]; offThread: boolean } {
  const files = modelPyFilesToParse(tree);
  const bytes = files.reduce((sum, { bytes: data }) => sum + data.byteLength, 0);
  return { files, offThread: bytes > PAGE_PARSE_BUDGET_BYTES && typeof Worker !== 'undefined' };
}

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<
  number,
  { resolve: (parses: ParsedModelPy[]) => void; reject: (error: Error) => void }
>();

function modelPyWorker(): Worker {
  if (worker) return worker;
  // This exact `new Worker(new URL(...), { type: 'module' })` shape is what Vite bundles as a worker.
  const started = new Worker(new URL('./model-py.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<ModelPyWorkerReply>) => {
    const reply = event.data;
    const request = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.type === 'parsed') request?.resolve(reply.parses);
    else request?.reject(new Error(reply.message));
  });
  started.addEventListener('error', (event) => {
    // A worker that cannot start or dies fails every parse it holds; the next one starts afresh.
    for (const request of waiting.values())
      request.reject(new Error(event.message || 'model.py worker failed'));
    waiting.clear();
    started.terminate();
    if (worker === started) worker = undefined;
  });
  worker = started;
  return started;
}

/**
 * Parses model.py files in a worker and hands the parses to the runtime, so the next
 * buildAppContext of a tree holding these bytes reads them instead of parsing on the page.
 */
export async function parseModelPyOffThread(files: readonly ModelPyFile[]): Promise<void> {
  if (files.length === 0) return;
  const id = nextId++;
  const parses = await new Promise<ParsedModelPy[]>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Copies of the bytes go: the tree's own stay with the page, which remembers the parse by them.
    const request: ParseModelPyRequest = { type: 'parse', id, files: [...files] };
    modelPyWorker().postMessage(request);
  });
  files.forEach(({ file, bytes }, index) => {
    const parsed = parses[index];
    if (parsed) rememberModelPyParse(file, bytes, parsed);
  });
}
