import { parseArgs } from 'node:util';
import {
  buildAppContext,
  isSimulationError,
  planSimulation,
  type RunRequest,
  runSimulationPlan,
  type SimulationAction,
  type SimulationResult,
} from '@event-studio/runtime';
import { NodeSandbox } from '@event-studio/runtime/node';
import type { CliIO } from '../cli-io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { loadInputWithApp } from '../load-input.js';
import { parseTimeout, readRow } from '../run-options.js';
import { formatSimulation, simulationJson } from './simulate-format.js';

const OPTIONS = {
  model: { type: 'string' },
  node: { type: 'string' },
  action: { type: 'string' },
  row: { type: 'string' },
  'row-json': { type: 'string' },
  status: { type: 'string' },
  app: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const USAGE = 'simulate <path> --model <fullName> --node <id> --action <handleType> …';

/** 0 every fired handler returned, 3 one ran out of time, 1 one raised (or could not run). */
function exitCodeOf(result: SimulationResult): number {
  if (result.stoppedBy?.timedOut) return EXIT.timeout;
  return result.ok ? EXIT.ok : EXIT.failed;
}

/** `simulate <path> --model … --node … --action …`: an approval action's timeline of events, run. */
export async function simulateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError(`expected one path: ${USAGE}`);
  for (const [flag, example] of [
    ['model', 'models.ContractModel'],
    ['node', 'deptApproval'],
    ['action', 'agree'],
  ] as const) {
    if (!values[flag]) throw new UsageError(`--${flag} is required, e.g. --${flag} ${example}.`);
  }
  const row = await readRow(values.row, values['row-json'], io.cwd);
  const timeoutMs = parseTimeout(values.timeout);
  const action: SimulationAction = {
    model: values.model ?? '',
    node: values.node ?? '',
    handleType: values.action ?? '',
    ...(row === undefined ? {} : { row }),
    ...(values.status === undefined ? {} : { status: values.status }),
  };

  const { tree } = await loadInputWithApp(path, values.app, io.cwd);
  const context = buildAppContext(tree);
  const plan = planSimulation(tree, context, action);
  if (isSimulationError(plan)) throw new UsageError(plan.error);

  // Python starts only when an event fires: a timeline where nothing fires answers at once.
  let sandbox: NodeSandbox | undefined;
  const lazy = {
    run: async (request: RunRequest) => {
      sandbox ??= await NodeSandbox.start();
      return sandbox.run(request);
    },
  };
  try {
    const result = await runSimulationPlan(
      lazy,
      tree,
      context,
      plan,
      timeoutMs === undefined ? {} : { timeoutMs },
    );
    if (values.json) io.json(simulationJson(plan, result));
    else io.stdout(formatSimulation(action, plan, result));
    return exitCodeOf(result);
  } finally {
    sandbox?.dispose();
  }
}
