import { handlerArguments, handlerStub } from '../element/handler-signature.js';
import { analysePython } from '../element/python-analysis.js';
import { innerPyPath } from '../element/validate-handler.js';
import { diagnosticsFor } from './diagnostics-for.js';
import { handlerDefText, hasLogImport, importLine, LOG_IMPORT } from './handler-def.js';
import type { Diagnostic, HandlerFileInput, QuickFix, TextEdit } from './intellisense.types.js';
import { handlerNameOf } from './resolve-symbol.js';
import { rangeOf } from './source-position.js';

/**
 * Edits that resolve inner.py's handler problems: a missing handler is appended with the operate's
 * signature (and the logger import its stub uses); a wrong signature gets the expected parameters.
 */
export function quickFixesFor(input: HandlerFileInput): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const diagnostic of diagnosticsFor(input)) {
    const fix =
      diagnostic.code === 'inner.functionMissing'
        ? addHandler(input, diagnostic)
        : diagnostic.code === 'handler.signature'
          ? fixSignature(input, diagnostic)
          : undefined;
    if (fix !== undefined) fixes.push(fix);
  }
  return fixes;
}

function addHandler(input: HandlerFileInput, diagnostic: Diagnostic): QuickFix | undefined {
  const { source, element } = input;
  const name = handlerNameOf({ element, model: input.model, context: input.context });
  if (name === undefined) return undefined;
  const edits: TextEdit[] = [];
  const whole = rangeOf(source, 0, source.length);
  if (source.trim() === '') {
    // An empty file gets the complete stub, import included, as a new element would.
    edits.push({ range: whole, text: handlerStub(element.operate, element.spelling, name) });
  } else {
    if (!hasLogImport(source)) {
      const line = importLine(source);
      edits.push({
        range: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
        text: `${LOG_IMPORT}\n`,
      });
    }
    // Two blank lines before a top-level def (PEP 8), whatever the file already ends with.
    const trailing = /\n*$/.exec(source)?.[0].length ?? 0;
    const end = { ...whole, startLine: whole.endLine, startColumn: whole.endColumn };
    edits.push({
      range: end,
      text: `${'\n'.repeat(Math.max(0, 3 - trailing))}${handlerDefText(element, name)}`,
    });
  }
  const args = handlerArguments(element.operate, element.spelling).join(', ');
  return { title: `Add the handler def ${name}(${args})`, diagnostic, edits, isPreferred: true };
}

function fixSignature(input: HandlerFileInput, diagnostic: Diagnostic): QuickFix | undefined {
  const { source, element } = input;
  const name = handlerNameOf({ element, model: input.model, context: input.context });
  const fn = analysePython(source, innerPyPath(element.folder)).functions.find((f) => f.name === name);
  if (fn === undefined) return undefined;
  const expected = handlerArguments(element.operate, element.spelling);
  // Keep the author's names for the positions they already have, so the body still reads them.
  const positional = fn.params.filter((param) => param.kind === 'positional').map((param) => param.name);
  let params = expected.map((arg, index) => positional[index] ?? arg);
  if (new Set(params).size !== params.length) params = expected;
  const kwargs = fn.params.find((param) => param.kind === 'kwargs');
  const text = `(${[...params, ...(kwargs === undefined ? [] : [`**${kwargs.name}`])].join(', ')})`;
  return {
    title: `Change the parameters to ${text}`,
    diagnostic,
    edits: [{ range: rangeOf(source, fn.span.paramsFrom, fn.span.paramsTo), text }],
    isPreferred: true,
  };
}
