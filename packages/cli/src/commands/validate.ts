import { parseArgs } from 'node:util';
import {
  buildAppContext,
  describeApprovalEvents,
  fullNameOf,
  hasErrors,
  type ValidationIssue,
  validateApp,
} from '@event-studio/runtime';
import type { CliIO } from '../cli-io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { loadInput } from '../load-input.js';

function formatIssue(i: ValidationIssue): string {
  const where =
    i.line === undefined ? i.pointer : `:${i.line}${i.column === undefined ? '' : `:${i.column}`}`;
  return `  ${i.severity === 'error' ? '✖ error  ' : '⚠ warning'} ${i.file}${where ? ` ${where}` : ''}  ${i.message} [${i.code}]`;
}

/** `validate <path> [--json]`: every problem in an element folder, an app folder or a zip. */
export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0)
    throw new UsageError('expected exactly one path: validate <path> [--json]');

  const { tree, focus } = await loadInput(path, io.cwd);
  const context = buildAppContext(tree);
  const inFocus = (file: string) => !focus || focus.some((folder) => file.startsWith(`${folder}/`));
  const issues = validateApp(tree, context).filter((i) => inFocus(i.file));
  const focusNames = focus?.map(fullNameOf);
  const elements = describeApprovalEvents(tree).filter((e) => !focusNames || focusNames.includes(e.fullName));
  const ok = !hasErrors(issues);

  if (values.json) {
    // The contract's fields only: params exist for the studio's translations.
    const reported = issues.map(({ params: _params, ...reportedIssue }) => reportedIssue);
    io.json({ ok, elements, issues: reported });
  } else {
    for (const e of elements) io.stdout(`${e.fullName}  (${e.operate}, ${e.spelling} spelling)`);
    for (const i of issues) io.stdout(formatIssue(i));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    io.stdout(
      `${ok ? '✔' : '✖'} ${elements.length} approval event(s): ${errors} error(s), ${warnings} warning(s).`,
    );
  }
  return ok ? EXIT.ok : EXIT.failed;
}
