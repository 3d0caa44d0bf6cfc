import { eJsonPath } from '../element/parse-element.js';
import { analysePython } from '../element/python-analysis.js';
import { innerPyPath, validateHandler } from '../element/validate-handler.js';
import type { ValidationIssue } from '../issue/validation-issue.js';
import { unknownFieldDiagnostics } from './field-diagnostics.js';
import type { Diagnostic, HandlerFileInput, TextRange } from './intellisense.types.js';
import { handlerNameOf } from './resolve-symbol.js';
import { rangeOf } from './source-position.js';

/**
 * Markers for inner.py: the handler rules of validateElement (syntax error, missing handler, wrong
 * signature) placed on the text they concern, plus warnings for row fields the model does not have.
 */
export function diagnosticsFor(input: HandlerFileInput): Diagnostic[] {
  const { source, element } = input;
  const pyFile = innerPyPath(element.folder);
  // The same rules the form and the CLI report, so the editor can never disagree with them.
  const issues = validateHandler(element, eJsonPath(element.folder), source, input.context);
  const found: Diagnostic[] = [];
  for (const issue of issues) {
    const range = issueRange(issue, input, pyFile);
    if (range === undefined) continue;
    const { severity, code, message, params } = issue;
    found.push({ ...range, severity, code, message, ...(params === undefined ? {} : { params }) });
  }
  // A file that does not parse gives no trustworthy member expressions to check.
  if (found.some((d) => d.code === 'python.syntax')) return found;
  return [...found, ...unknownFieldDiagnostics(input)];
}

/** Where an issue belongs in inner.py, or undefined when it is about another file (e.json). */
function issueRange(issue: ValidationIssue, input: HandlerFileInput, pyFile: string): TextRange | undefined {
  const { source, element } = input;
  if (issue.code === 'inner.functionMissing') return lineRange(source, 1);
  if (issue.file !== pyFile) return undefined;
  if (issue.code === 'handler.signature') {
    const name = handlerNameOf({ element, model: input.model, context: input.context });
    const fn = analysePython(source, pyFile).functions.find((f) => f.name === name);
    if (fn !== undefined) return rangeOf(source, fn.span.paramsFrom, fn.span.paramsTo);
  }
  if (issue.line === undefined) return lineRange(source, 1);
  if (issue.code === 'python.syntax') {
    // Underline from the error to the end of its line: the parser only knows where it gave up.
    const line = lineRange(source, issue.line);
    const column = Math.min(issue.column ?? 1, line.endColumn - 1);
    // At the end of a line the parser complains about what is missing: underline the last character.
    return { ...line, startColumn: Math.max(1, column) };
  }
  return lineRange(source, issue.line);
}

/** A whole line (at least one column wide, so an empty line's marker is still visible). */
function lineRange(source: string, line: number): TextRange {
  const text = source.split('\n')[line - 1] ?? '';
  return { startLine: line, startColumn: 1, endLine: line, endColumn: Math.max(text.length + 1, 2) };
}
