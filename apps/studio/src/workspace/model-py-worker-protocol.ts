import type { ModelPyFile, ParsedModelPy } from '@event-studio/runtime';

// Every message between the page and the model.py worker (model-py.worker.ts). Both sides are the
// studio's own code; the files it parses are the app's, which is why the parse happens there.

/** Page → worker: parse these model.py files. */
export interface ParseModelPyRequest {
  type: 'parse';
  id: number;
  files: ModelPyFile[];
}

/** Worker → page: the parses, in the order of the request's files; or why there are none. */
export type ModelPyWorkerReply =
  | { type: 'parsed'; id: number; parses: ParsedModelPy[] }
  | { type: 'failed'; id: number; message: string };
