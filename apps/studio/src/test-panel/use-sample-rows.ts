import {
  type ModelInfo,
  type PlainValue,
  type SampleRow,
  sampleRow,
  sampleRows,
} from '@event-studio/runtime';
import { useRef, useState } from 'react';

/** A sample row with an id that survives edits, removals and reordering (React keys, selection). */
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

/** Sample rows of a model, starting with one plausible row. */
export function useSampleRows(model: ModelInfo | undefined): SampleRowsState {
  const nextId = useRef(1);
  const keyed = (values: SampleRow): KeyedRow => ({ id: nextId.current++, values });
  const [rows, setRows] = useState<KeyedRow[]>(() => [keyed(model ? sampleRow(model) : {})]);
  const [selectedId, setSelectedId] = useState<number | undefined>(rows[0]?.id);

  const replace = (next: KeyedRow[], select: number | undefined) => {
    setRows(next);
    setSelectedId(select);
  };
  const at = rows.findIndex((r) => r.id === selectedId);
  const selectedRow = rows[at];

  return {
    rows,
    selectedId,
    selected: selectedRow ? { row: selectedRow, number: at + 1 } : undefined,
    select: setSelectedId,
    setCell: (id, field, value) =>
      setRows((current) =>
        current.map((r) => (r.id === id ? { ...r, values: withValue(r.values, field, value) } : r)),
      ),
    add: () => {
      // The next seed keeps ids and codes of added rows distinct from the ones already there.
      const row = keyed(model ? sampleRow(model, rows.length) : {});
      replace([...rows, row], row.id);
    },
    remove: (id) => {
      const next = rows.filter((r) => r.id !== id);
      replace(next, selectedId === id ? next[Math.min(at, next.length - 1)]?.id : selectedId);
    },
    generate: (count) => {
      const next = (model ? sampleRows(model, count) : []).map(keyed);
      replace(next, next[0]?.id);
    },
    load: (values, mode) => {
      const added = values.map(keyed);
      replace(mode === 'replace' ? added : [...rows, ...added], added[0]?.id ?? selectedId);
    },
  };
}
