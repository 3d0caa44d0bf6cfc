import type { RunResult } from '@event-studio/runtime';

/**
 * A run's result as a person reads it in a terminal, one CLI line each. A log message or a
 * traceback stays one element however many lines it has: the CLI's IO marks its continuations.
 */
export function formatRunResult(fullName: string, result: RunResult): string[] {
  const lines: string[] = [];
  if (!result.fired) {
    lines.push(
      `○ ${fullName} did not fire: ${result.notFiredReason ?? 'its trigger conditions were not met'}.`,
    );
    return lines;
  }
  for (const log of result.logs) lines.push(`  [${log.level}] ${log.message}`);
  if (result.error) {
    const where =
      result.error.line === null ? '' : ` (${result.error.file ?? 'inner.py'}, line ${result.error.line})`;
    lines.push(`✖ ${result.error.type}: ${result.error.message}${where}`);
    if (result.error.traceback) lines.push(result.error.traceback.trimEnd());
  }
  for (const field of result.row.changed) {
    lines.push(
      `  row.${field}: ${JSON.stringify(result.row.before[field])} → ${JSON.stringify(result.row.after[field])}`,
    );
  }
  for (const model of result.modelChanges ?? []) {
    lines.push(
      `  ${model.model}: ${model.added.length} added, ${model.changed.length} changed, ${model.deleted.length} deleted`,
    );
  }
  lines.push(`  save() called ${result.saves} time(s); ${result.serviceCalls.length} service call(s).`);
  lines.push(`${result.error ? '✖' : '✔'} ${fullName} ran in ${Math.round(result.durationMs)} ms.`);
  return lines;
}

/** One run's result in the documented shape of `run --json`. */
export function runResultJson(result: RunResult) {
  return {
    ok: result.ok,
    fired: result.fired,
    ...(result.notFiredReason ? { notFiredReason: result.notFiredReason } : {}),
    logs: result.logs,
    error: result.error,
    row: result.row,
    saves: result.saves,
    serviceCalls: result.serviceCalls,
    modelWrites: result.modelWrites,
    modelChanges: result.modelChanges ?? [],
    returnValue: result.returnValue ?? null,
    timedOut: result.timedOut ?? false,
    durationMs: result.durationMs,
  };
}
