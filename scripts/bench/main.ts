// `npm run bench`: the Node benchmarks in this process, then the browser benchmarks in Chromium
// against the production build. Prints a table, or with --json exactly one JSON object on stdout
// (progress always goes to stderr). Flags: --json, --out FILE (also write the JSON there),
// --node-only, --browser-only, --rounds N.
import { writeFile } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import { runBrowserBenchmarks } from './browser-benchmarks.js';
import type { Results } from './figures.js';
import { runNodeBenchmarks } from './node-benchmarks.js';
import { formatJson, formatTable } from './report.js';

interface Args {
  json: boolean;
  node: boolean;
  browser: boolean;
  rounds: number;
  out?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, node: true, browser: true, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--node-only') args.browser = false;
    else if (arg === '--browser-only') args.node = false;
    else if (arg === '--rounds') args.rounds = Math.max(1, Number(argv[++i]) || 5);
    else if (arg === '--out') args.out = argv[++i];
    else if (arg === '--') continue;
    else
      throw new Error(
        `unknown argument ${arg}; use --json, --out FILE, --node-only, --browser-only, --rounds N`,
      );
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const started = performance.now();
  const results: Results = {};
  if (args.node) await runNodeBenchmarks({ rounds: args.rounds, log }, results);
  if (args.browser) await runBrowserBenchmarks({ rounds: args.rounds, log }, results);
  const elapsedS = Math.round((performance.now() - started) / 1000);
  const meta = {
    node: process.version,
    cpus: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    rounds: args.rounds,
    elapsedS,
    date: new Date().toISOString(),
  };
  const json = formatJson(results, meta);
  if (args.out) await writeFile(args.out, `${json}\n`);
  if (args.json) process.stdout.write(`${json}\n`);
  else process.stdout.write(`\n${formatTable(results)}\n\n(${elapsedS} s, ${args.rounds} rounds)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
