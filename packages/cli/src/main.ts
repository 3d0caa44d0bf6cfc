import { type CliIO, processIO } from './cli-io.js';
import { packCommand } from './commands/pack.js';
import { runCommand } from './commands/run.js';
import { simulateCommand } from './commands/simulate.js';
import { unpackCommand } from './commands/unpack.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, UsageError } from './exit-codes.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: {
    run: validateCommand,
    summary: 'validate <path> [--json]  check an element folder, an app folder or a zip',
  },
  run: {
    run: runCommand,
    summary:
      'run <path> --element <fullName> [--row <file.json> | --row-json <json>] [--status <s>] [--trigger-node <id>] [--handle-type <t> --node <id>] [--app <path>] [--timeout <ms>] [--json]',
  },
  simulate: {
    run: simulateCommand,
    summary:
      'simulate <path> --model <fullName> --node <id> --action <handleType> [--row <file.json> | --row-json <json>] [--status <s>] [--app <path>] [--timeout <ms>] [--json]',
  },
  pack: {
    run: packCommand,
    summary: 'pack <folder> -o <zip> [--json]  export an element or app folder as a zip',
  },
  unpack: {
    run: unpackCommand,
    summary: 'unpack <zip> -d <dir> [--json]  import a zip into a folder, with the same checks as the studio',
  },
};

function usage(): string[] {
  return ['usage: event-studio <command> …', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)];
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`event-studio: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`event-studio ${name}: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}

// Only when run as a program, not when a test imports main().
if (import.meta.url === `file://${process.argv[1]}`) {
  const io = processIO();
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Through the IO too: an error's message may hold a file's or a handler's text.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr(`event-studio: unexpected error (a bug; please report it): ${detail}`);
      process.exitCode = 70;
    },
  );
}
