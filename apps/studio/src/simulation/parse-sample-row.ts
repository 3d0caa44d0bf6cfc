import type { SampleRow } from '@event-studio/runtime';
import type { TFunction } from 'i18next';

/** Reads the row editor's text: a JSON object of field → value, or a sentence saying what is wrong. */
export function parseSampleRow(t: TFunction, text: string): { row: SampleRow } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      error: t('simulation.rowNotJson', { reason: error instanceof Error ? error.message : String(error) }),
    };
  }
  if (!isSampleRow(value)) return { error: t('simulation.rowNotObject') };
  return { row: value };
}

/** JSON.parse only yields plain data, so any object that is not an array is a row. */
function isSampleRow(value: unknown): value is SampleRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
