/// <reference lib="webworker" />
import { parseModelPyBytes } from '@event-studio/runtime';
import type { ModelPyWorkerReply, ParseModelPyRequest } from './model-py-worker-protocol';

// Parses an opened app's model.py files off the page's thread: a hostile file at the size cap
// costs seconds of parsing, which the page must not spend (model-py-off-thread.ts).

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<ParseModelPyRequest>) => {
  const { id, files } = event.data;
  let reply: ModelPyWorkerReply;
  try {
    reply = { type: 'parsed', id, parses: files.map(({ file, bytes }) => parseModelPyBytes(file, bytes)) };
  } catch (caught) {
    reply = { type: 'failed', id, message: caught instanceof Error ? caught.message : String(caught) };
  }
  scope.postMessage(reply);
});
