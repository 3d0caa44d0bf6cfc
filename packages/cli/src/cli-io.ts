import { inertLines, terminalJson } from './inert-text.js';

/** Where the CLI's output finally goes: the process's streams, or a test's capture. */
export interface CliSink {
  out(text: string): void;
  err(text: string): void;
}

/**
 * What a command prints through, and what it resolves paths against. There is no raw write:
 * every text passes `inertLines` (or, for `json`, `terminalJson`) on its way to the sink, so
 * no command can forget to make a handler's log or a zip's entry name inert.
 */
export interface CliIO {
  /** Lines for people on stdout: a string is one line, an array several (see `inertLine`). */
  stdout(lines: string | readonly string[]): void;
  /** Lines for people on stderr, made inert as `stdout`'s are. */
  stderr(lines: string | readonly string[]): void;
  /** One JSON document on stdout (`--json`), parsing back to exactly `document`'s strings. */
  json(document: unknown): void;
  cwd: string;
}

/** The CliIO over a sink: each call becomes one inert text, written to the sink. */
export function cliIO(sink: CliSink, cwd: string): CliIO {
  return {
    stdout: (lines) => sink.out(inertLines(lines)),
    stderr: (lines) => sink.err(inertLines(lines)),
    json: (document) => sink.out(terminalJson(document)),
    cwd,
  };
}

/** The real process's streams and working directory; each write ends its line. */
export function processIO(): CliIO {
  return cliIO(
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    },
    process.cwd(),
  );
}
