import type { ApprovalEvent, EventInput } from '../element/approval-event.types.js';

/** A plain-data value that can cross the worker boundary (structured-clone safe, JSON-able). */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export type SampleRow = Record<string, PlainValue>;

/** A model field as a run sees it; `params` are its declaration's literal keyword arguments (ModelField.params). */
export interface RunModelField {
  name: string;
  type: string;
  title?: string;
  params?: Record<string, PlainValue>;
}

/** Everything one handler run needs; plain data so it crosses to the worker as is. */
export interface RunRequest {
  element: ApprovalEvent;
  /** Python sources the run may import, by app path: the element's inner.py, services' service.py … */
  files: Record<string, string>;
  /** The model the element watches, with its fields (name, type, title, declaration params) for typing row values. */
  model: { fullName: string; fields: RunModelField[] };
  /** The approval's row: field name → value. */
  row: SampleRow;
  input: EventInput;
  /** Other models' fields, so rows from `app.getElement("models.X")` are typed too (optional). */
  models?: { fullName: string; fields: RunModelField[] }[];
  /** Rows that `app.getElement("models.X")` get/query see, per model full name. */
  modelRows?: Record<string, SampleRow[]>;
  /** Return values for service calls that have no service.py, by `services.S.fn`. */
  serviceReturns?: Record<string, PlainValue>;
  /** Time limit for the handler, in milliseconds (default 5000). */
  timeoutMs?: number;
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error' | 'exception' | 'print';

export interface RunLog {
  level: LogLevel;
  message: string;
}

export interface RunError {
  /** Python exception class name, e.g. `ValueError`; `Timeout` when the run was stopped. */
  type: string;
  message: string;
  /** 1-based line in the user's file (inner.py or service.py) where it was raised, when known. */
  line: number | null;
  /** The file of that line, e.g. `events/orderApproval/inner.py`. */
  file?: string | null;
  /** The traceback trimmed to the user's own frames. */
  traceback: string;
}

/** A model function that writes (data-models.md); `args` holds what it was called with (sandbox/README.md). */
export type ModelWriteOp =
  | 'create'
  | 'updateByPK'
  | 'deleteByPK'
  | 'updateOrAdd'
  | 'createOrUpdateMany'
  | 'updateByFilter'
  | 'deleteByFilter'
  | 'resetModelData';

export interface ModelWrite {
  model: string;
  op: ModelWriteOp;
  args: PlainValue;
}

/** A row a run changed in a model: its id, the fields that differ, and the row before and after. */
export interface ChangedModelRow {
  id: PlainValue;
  fields: string[];
  before: SampleRow;
  after: SampleRow;
}

/**
 * What a run did to one model's rows, against the rows it started from (`request.modelRows`):
 * what the database would hold afterwards, whichever model functions got it there.
 */
export interface ModelChanges {
  model: string;
  added: SampleRow[];
  changed: ChangedModelRow[];
  deleted: SampleRow[];
}

/** The outcome of one run: plain data, the same in the browser, in Node and in the CLI's JSON. */
export interface RunResult {
  ok: boolean;
  /** The element's isValid for this input; when false nothing was called. */
  fired: boolean;
  /** Why the event did not fire, when it did not. */
  notFiredReason?: string;
  logs: RunLog[];
  error: RunError | null;
  returnValue?: PlainValue;
  row: { before: SampleRow; after: SampleRow; changed: string[] };
  saves: number;
  serviceCalls: { func: string; args: PlainValue }[];
  modelWrites: ModelWrite[];
  /** Per model whose rows differ at the end of the run (absent when the handler was not called). */
  modelChanges?: ModelChanges[];
  durationMs: number;
  /** True when the run was stopped by the time limit or the user. */
  timedOut?: boolean;
}
