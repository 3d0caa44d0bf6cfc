import { parseArgs } from 'node:util';
import { buildAppContext, buildRunRequest, fullNameOf, type RunResult } from '@event-studio/runtime';
import { NodeSandbox } from '@event-studio/runtime/node';
import type { CliIO } from '../cli-io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { loadInputWithApp } from '../load-input.js';
import { parseTimeout, readRow } from '../run-options.js';
import { formatRunResult, runResultJson } from './run-format.js';

const OPTIONS = {
  element: { type: 'string' },
  row: { type: 'string' },
  'row-json': { type: 'string' },
  status: { type: 'string' },
  'trigger-node': { type: 'string' },
  'handle-type': { type: 'string' },
  node: { type: 'string' },
  app: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The exit code for a finished run: 0 returned, 1 raised, 3 stopped by the time limit. */
function exitCodeOf(result: RunResult): number {
  if (result.timedOut) return EXIT.timeout;
  return result.error ? EXIT.failed : EXIT.ok;
}

/** `run <path> --element <fullName> …`: runs the handler once in the Python sandbox. */
export async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0)
    throw new UsageError('expected one path: run <path> --element <fullName> …');
  const row = await readRow(values.row, values['row-json'], io.cwd);

  const { tree, focus } = await loadInputWithApp(path, values.app, io.cwd);
  // An element folder names its element; an app or a zip needs --element to pick one.
  const fullName = values.element ?? (focus?.length === 1 ? fullNameOf(focus[0] as string) : undefined);
  if (!fullName)
    throw new UsageError(
      '--element <fullName> is required for an app or a zip, e.g. --element events.orderApproval.',
    );
  const built = buildRunRequest(tree, buildAppContext(tree), {
    fullName,
    row,
    input: {
      status: values.status,
      triggerNode: values['trigger-node'],
      handleType: values['handle-type'],
      nodeId: values.node,
    },
    timeoutMs: parseTimeout(values.timeout),
  });
  if (!built.ok) throw new UsageError(built.message);

  // One run needs no warm standby: starting a second Python would double the CLI's start-up cost.
  const sandbox = await NodeSandbox.start({ standby: false });
  try {
    const result = await sandbox.run(built.request);
    if (values.json) io.json(runResultJson(result));
    else io.stdout(formatRunResult(fullName, result));
    return exitCodeOf(result);
  } finally {
    await sandbox.dispose();
  }
}
