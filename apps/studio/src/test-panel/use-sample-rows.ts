import {
  type ModelInfo,
  type PlainValue,
  readSampleRowsFile,
  type SampleRow,
  sampleRow,
  sampleRows,
  sampleRowsPath,
  type ValidationIssue,
  writeSampleRowsFile,
} from '@event-studio/runtime';
import { useMemo } from 'react';
import { useFileText } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

/** A sample row and its place in the table (its id is its index: rows live in a file, not in React). */
export interface KeyedRow {
  id: number;
  values: SampleRow;
}

/** The sample rows being edited, which one `Run` uses, and the edits the table offers. */
export interface SampleRowsState {
  rows: KeyedRow[];
  selectedId: number | undefined;
  /** The row `Run` uses, with its 1-based number. */
  selected: { row: KeyedRow; number: number } | undefined;
  /** What was wrong with the saved rows file, if anything (the rows then started afresh). */
  issues: ValidationIssue[];
  select: (id: number) => void;
  setCell: (id: number, field: string, value: PlainValue) => void;
  add: () => void;
  remove: (id: number) => void;
  generate: (count: number) => void;
  /** Replaces all rows (or appends to them) with imported ones, selecting the first new row. */
  load: (values: SampleRow[], mode: 'replace' | 'append') => void;
}

/** Sets a key as a plain own property, so a field called `__proto__` stays a field. */
function withValue(row: SampleRow, field: string, value: PlainValue): SampleRow {
  const next = { ...row };
  Object.defineProperty(next, field, { value, enumerable: true, writable: true, configurable: true });
  return next;
}

/**
 * An element's sample rows, kept in the workspace (`.event-studio/rows/<folder>.json`), so they
 * survive a reload, a tab switch and another element being opened, and follow undo. Until the
 * user changes them, the element starts with one plausible row and nothing is written.
 */
export function useSampleRows(folder: string, model: ModelInfo | undefined): SampleRowsState {
  const path = sampleRowsPath(folder);
  const text = useFileText(path);
  return useMemo(() => {
    const file = readSampleRowsFile(text, folder);
    const modelName = model?.fullName ?? '';
    // Rows made for another model (the element's model was changed) are not offered.
    const saved = file.rows && file.model === modelName ? file.rows : undefined;
    const values: SampleRow[] = saved ?? [model ? sampleRow(model) : {}];
    const selectedIndex = saved ? file.selected : 0;
    const write = (next: SampleRow[], select: number) =>
      workspace.writeFiles({ [path]: writeSampleRowsFile(modelName, next, Math.max(select, 0)) });

    const rows = values.map((row, id) => ({ id, values: row }));
    const selectedRow = rows[selectedIndex];
    return {
      rows,
      selectedId: selectedRow?.id,
      selected: selectedRow ? { row: selectedRow, number: selectedIndex + 1 } : undefined,
      issues: file.issues,
      select: (id) => write(values, id),
      setCell: (id, field, value) =>
        write(
          values.map((row, index) => (index === id ? withValue(row, field, value) : row)),
          selectedIndex,
        ),
      // The next seed keeps ids and codes of added rows distinct from the ones already there.
      add: () => write([...values, model ? sampleRow(model, values.length) : {}], values.length),
      remove: (id) => {
        const next = values.filter((_row, index) => index !== id);
        const select = id < selectedIndex ? selectedIndex - 1 : Math.min(selectedIndex, next.length - 1);
        write(next, select);
      },
      generate: (count) => write(model ? sampleRows(model, count) : [], 0),
      load: (loaded, mode) =>
        mode === 'replace' ? write(loaded, 0) : write([...values, ...loaded], values.length),
    };
  }, [text, folder, model, path]);
}
