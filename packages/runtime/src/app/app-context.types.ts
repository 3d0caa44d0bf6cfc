import type { ValidationIssue } from '../issue/validation-issue.js';
import type { PyLiteral } from './python-literal.js';

/** A field of a model, as declared in its model.py: `name = datatypes.Stext(name="name", title="…")`. */
export interface ModelField {
  name: string;
  /** The datatypes class name: `Stext`, `Numeric`, `Date`, … */
  type: string;
  title?: string;
  /** 1-based line in model.py where the field is declared. */
  line: number;
  /** Set when the field comes from a parent model: that model's full name (then `line` is in its model.py). */
  inheritedFrom?: string;
  /** Choices from a literal `options=[…]` (Dropdown, Radio, Checkbox …): strings, or each dict's `value`. */
  options?: string[];
  /** A literal `default=` value. */
  defaultValue?: string | number | boolean | null;
  /** True when declared with `primaryKey=True`. */
  primaryKey?: boolean;
  /**
   * The declaration's other literal keyword arguments (`decimal=2`, `unit="元"`, `options=[{…}]`): strings,
   * numbers, booleans, None and lists/dicts of those; expressions are left out. The sandbox's field
   * objects read them (`row.amount.decimal`).
   */
  params?: Record<string, PyLiteral>;
}

export interface ModelInfo {
  /** `models.OrderModel` */
  fullName: string;
  /** `models/OrderModel` */
  folder: string;
  title?: string;
  className?: string;
  fields: ModelField[];
}

export type WorkflowNodeKind =
  | 'start'
  | 'approval'
  | 'branch'
  | 'parallelStart'
  | 'parallelEnd'
  | 'end'
  | 'other';

/** A handle button a node offers, from `nodeConfig[id].handleList`. */
export interface WorkflowHandle {
  /** Numeric code from config.json (0 submit, 2 agree, 3 reject, 16 cancel, …). */
  code: number;
  /** The handle-type name an event lists: `submit`, `agree`, `reject`, `cancel`, … */
  name: string;
  title?: string;
}

export interface WorkflowNode {
  /** The node's `name` in config.json: what triggerNode / handleNode refer to. */
  id: string;
  title: string;
  kind: WorkflowNodeKind;
  /** The numeric `type` from config.json. */
  typeCode: number;
  handles: WorkflowHandle[];
}

export interface WorkflowInfo {
  fullName: string;
  folder: string;
  title?: string;
  /** The model full name from e.json `dataModel`. */
  model: string;
  nodes: WorkflowNode[];
  links: { from: string; to: string }[];
}

export interface ServiceFunctionArg {
  name: string;
  title?: string;
  dataType?: string;
}

export interface ServiceFunction {
  name: string;
  title?: string;
  args: ServiceFunctionArg[];
  returnType?: string;
  desc?: string;
}

export interface ServiceInfo {
  /** `services.NotificationSvc` */
  fullName: string;
  folder: string;
  title?: string;
  functions: ServiceFunction[];
  /** True when the service folder has a service.py the sandbox can run. */
  hasImplementation: boolean;
}

/** What an approval event can refer to: the app's models, workflows and services. */
export interface AppContext {
  models: ReadonlyMap<string, ModelInfo>;
  workflows: readonly WorkflowInfo[];
  services: ReadonlyMap<string, ServiceInfo>;
  /** Problems met while reading the context (unreadable model.py lines, broken config.json …). */
  issues: readonly ValidationIssue[];
}
