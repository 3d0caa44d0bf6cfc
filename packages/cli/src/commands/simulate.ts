import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildAppContext,
  isSimulationError,
  planSimulation,
  type RunRequest,
  runSimulationPlan,
  type SampleRow,
  type SimulationAction,
  type SimulationResult,
} from '@event-studio/runtime';
import { NodeSandbox } from '@event-studio/runtime/node';
import type { CliIO } from '../cli-io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { loadInputWithApp } from '../load-input.js';
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

function parseRow(text: string, source: string): SampleRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${source}: not valid JSON (${why}).`);
  }
  if (!isRow(value)) {
    throw new UsageError(`${source}: a row must be a JSON object of field → value, e.g. {"amount": 1200}.`);
  }
  return value;
}

/** JSON.parse gives plain data, so an object (not an array) is a row. */
function isRow(value: unknown): value is SampleRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readRow(file: string | undefined, json: string | undefined, cwd: string) {
  if (file !== undefined && json !== undefined)
    throw new UsageError('give either --row <file.json> or --row-json <json>, not both.');
  if (json !== undefined) return parseRow(json, '--row-json');
  if (file === undefined) return undefined;
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => {
    throw new UsageError(`--row ${file}: cannot read that file.`);
  });
  return parseRow(text, file);
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UsageError(`--timeout must be a whole number of milliseconds; got '${text}'.`);
  return ms;
}

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
    io.stdout(
      values.json
        ? JSON.stringify(simulationJson(plan, result), null, 2)
        : formatSimulation(action, plan, result),
    );
    return exitCodeOf(result);
  } finally {
    sandbox?.dispose();
  }
}
