import type { ApprovalEvent } from '../element/approval-event.types.js';
import { handlerStub } from '../element/handler-signature.js';

/** The import line the handler stub's `log` calls need. */
export const LOG_IMPORT = 'from jit.commons.utils.logger import log';

/** True when the source already imports the platform logger as `log`. */
export function hasLogImport(source: string): boolean {
  return /^[ \t]*from[ \t]+jit\.commons\.utils\.logger[ \t]+import[ \t]+[^\n#]*\blog\b/m.test(source);
}

/**
 * The handler function alone (def line, docstring, body) as handlerStub writes it, for adding to an
 * existing inner.py: the stub's import is the caller's business.
 */
export function handlerDefText(element: ApprovalEvent, name: string): string {
  const stub = handlerStub(element.operate, element.spelling, name);
  return stub.slice(stub.indexOf('def '));
}

/** The 1-based line an import belongs on: before the first import, else the first line. */
export function importLine(source: string): number {
  const lines = source.split('\n');
  const index = lines.findIndex((line) => /^(from|import)\s/.test(line));
  return index < 0 ? 1 : index + 1;
}
