/** The CLI's exit codes, as documented in docs/architecture.md. */
export const EXIT = {
  ok: 0,
  /** validate: errors found; run: the handler raised. */
  failed: 1,
  /** Bad usage, or input that cannot be read at all. */
  usage: 2,
  /** run: stopped by the time limit. */
  timeout: 3,
} as const;

/** An error the user caused (bad flags, missing file): printed as one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
