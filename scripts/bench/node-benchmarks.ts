// The Node benchmarks: validation, import and export of a 1,000-event app, and the sandbox's
// single-run latency and 10,000-row batch, all through the runtime's public API.
import {
  type AppTree,
  buildAppContext,
  buildRunRequest,
  encodeText,
  fullNameOf,
  type RunRequest,
  readText,
  readZip,
  validateApp,
  validateElement,
  writeZip,
} from '@event-studio/runtime';
import { NodeSandbox } from '@event-studio/runtime/node';
import type { FigureResult, Results } from './figures.js';
import { generateApp } from './generate-app.js';
import { ORDER_EVENT, orderRequest } from './order-request.js';
import { figureFromTimings, sample, timed } from './stats.js';

/** How many times each Node figure is measured; the figure is the median. */
export interface NodeBenchOptions {
  rounds: number;
  log: (line: string) => void;
}

/** A figure that could not be measured, with why. */
function missing(reason: string): FigureResult {
  return { value: null, reason };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Validation, revalidation, import and export of the generated 1,000-event app. */
async function benchAppFigures(options: NodeBenchOptions, results: Results): Promise<void> {
  const { rounds, log } = options;
  const tree = await generateApp(1000);
  log(`  generated app: ${tree.size} files`);

  const validate = () => {
    const context = buildAppContext(tree);
    return { context, issues: [...context.issues, ...validateApp(tree, context)] };
  };
  const { value: checked } = await timed(validate);
  const note = `${checked.issues.length} issues`;
  results.validate1000Ms = figureFromTimings(await sample(rounds, validate), note);
  log(`  validate1000Ms ${results.validate1000Ms.value}`);

  // The studio revalidates the element being edited with the app's context already built.
  const allNames = [...tree.keys()]
    .filter((p) => p.endsWith('/e.json'))
    .map((p) => fullNameOf(p.slice(0, -7)));
  const folders = allNames.filter((name) => name.startsWith('events.')).map((name) => name.replace('.', '/'));
  let next = 0;
  const revalidate = () => {
    const folder = folders[next++ % folders.length]!;
    const fullName = fullNameOf(folder);
    return validateElement({
      folder,
      eJsonText: readText(tree, `${folder}/e.json`) ?? '',
      innerPy: readText(tree, `${folder}/inner.py`),
      context: checked.context,
      otherFullNames: allNames.filter((name) => name !== fullName),
    });
  };
  results.revalidateOneMs = figureFromTimings(await sample(Math.max(rounds, 200), revalidate, 20));
  log(`  revalidateOneMs ${results.revalidateOneMs.value}`);

  const zip = writeZip(tree);
  results.export1000Ms = figureFromTimings(
    await sample(rounds, () => writeZip(tree)),
    `${Math.round(zip.length / 1024)} KB zip`,
  );
  log(`  export1000Ms ${results.export1000Ms.value}`);

  const importZip = () => {
    const read = readZip(zip, { name: 'bench-1000.zip' });
    if (!read.ok) throw new Error(`the generated zip does not read back: ${read.error.message}`);
    const context = buildAppContext(read.tree);
    return validateApp(read.tree, context);
  };
  results.import1000Ms = figureFromTimings(await sample(rounds, importZip));
  log(`  import1000Ms ${results.import1000Ms.value}`);
}

/** Warm single-run latency and the 10,000-row batch in the Node sandbox; Stop → ready as context. */
async function benchSandboxFigures(options: NodeBenchOptions, results: Results): Promise<void> {
  const { rounds, log } = options;
  const tree = await generateApp(0);
  const { request, rows } = orderRequest(tree);
  const { value: sandbox, ms: startMs } = await timed(() => NodeSandbox.start());
  log(`  Node sandbox ready in ${Math.round(startMs)} ms`);
  try {
    const first = await sandbox.run(request);
    if (!first.ok) {
      const reason = `the order handler failed in Node: ${first.error?.type}: ${first.error?.message}`;
      results.nodeRunMs = missing(reason);
      results.nodeBatch10kMs = missing(reason);
      return;
    }
    results.nodeRunMs = figureFromTimings(await sample(Math.max(rounds, 20), () => sandbox.run(request), 5));
    log(`  nodeRunMs ${results.nodeRunMs.value}`);

    if (typeof sandbox.runBatch !== 'function') {
      results.nodeBatch10kMs = missing('NodeSandbox has no runBatch yet');
      return;
    }
    let failures = 0;
    const batch = async () => {
      const out = await sandbox.runBatch(request, rows);
      failures = out.filter((result) => !result.ok).length;
    };
    const timings = await sample(rounds, batch);
    results.nodeBatch10kMs =
      failures === 0
        ? figureFromTimings(timings, `${rows.length} rows`)
        : missing(`${failures} of ${rows.length} batch runs failed; not timing a failing batch`);
    log(`  nodeBatch10kMs ${results.nodeBatch10kMs.value ?? 'null'}`);
  } finally {
    sandbox.dispose();
  }
  await benchNodeStop(options, tree, request, results);
}

/** Stop on a runaway C-level call → a ready Node sandbox (with a standby worker), as context. */
async function benchNodeStop(
  options: NodeBenchOptions,
  tree: AppTree,
  request: RunRequest,
  results: Results,
): Promise<void> {
  const folder = 'events/orderApproval';
  const runaway = new Map(tree);
  runaway.set(
    `${folder}/inner.py`,
    encodeText('def handleOrderApproval(eventOutData):\n    return sum(range(10**12))\n'),
  );
  const built = buildRunRequest(runaway, buildAppContext(runaway), {
    fullName: ORDER_EVENT,
    timeoutMs: 60_000,
  });
  if (!built.ok) throw new Error(built.message);
  const sandbox = await NodeSandbox.start({ standby: true });
  try {
    // The standby starts once the first worker is ready; let it finish loading before timing.
    await sandbox.run(request);
    await waitFor(() => sandbox.state === 'ready', 60_000);
    const timings: number[] = [];
    for (let round = 0; round < Math.min(options.rounds, 3); round++) {
      const running = sandbox.run(built.request);
      await waitFor(() => sandbox.state === 'running', 5_000);
      await delay(200);
      const started = performance.now();
      sandbox.interrupt();
      await running;
      await waitFor(() => sandbox.state === 'ready', 60_000);
      timings.push(performance.now() - started);
      // Let the replacement standby load before the next round, as a user would between Stops.
      await delay(7_000);
    }
    results.nodeStopToReadyMs = figureFromTimings(timings, 'Node, standby on, grace 1000 ms');
    options.log(`  nodeStopToReadyMs ${results.nodeStopToReadyMs.value}`);
  } catch (error) {
    results.nodeStopToReadyMs = missing(`Stop in Node failed: ${describeError(error)}`);
  } finally {
    sandbox.dispose();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for the sandbox');
    await delay(2);
  }
}

/** Runs every Node benchmark in this process and adds its figures to `results`. */
export async function runNodeBenchmarks(options: NodeBenchOptions, results: Results): Promise<void> {
  options.log('Node: 1,000-event app');
  await benchAppFigures(options, results);
  options.log('Node: sandbox');
  try {
    await benchSandboxFigures(options, results);
  } catch (error) {
    const reason = `the Node sandbox failed: ${describeError(error)}`;
    results.nodeRunMs ??= missing(reason);
    results.nodeBatch10kMs ??= missing(reason);
  }
}
