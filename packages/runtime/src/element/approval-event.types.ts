/** The element type this studio edits. */
export const APPROVAL_EVENT_TYPE = 'events.WorkflowType';

/** When the handler runs: status change, the workflow reaching a node, a node being handled. */
export const OPERATES = ['Process', 'NodeChange', 'NodeHandled'] as const;
export type Operate = (typeof OPERATES)[number];

/**
 * The two spellings the platform's documentation uses for the same element
 * (see shared/docs/domain.md): the seed contract and the newer revision.
 */
export type Spelling = 'seed' | 'newer';

/** Function type, normalised to lower case whatever the spelling wrote (`Inner` → `inner`). */
export type FuncType = 'inner' | 'global';

/**
 * An approval event read from its e.json, normalised so the rest of the runtime does not care
 * which spelling it was written in. `config` keeps the e.json object as read, unknown keys included.
 */
export interface ApprovalEvent {
  /** `events.orderApproval` */
  fullName: string;
  /** `events/orderApproval` */
  folder: string;
  spelling: Spelling;
  title: string;
  model: string;
  /** One of OPERATES when valid; kept as written otherwise so validation can say what is wrong. */
  operate: string;
  funcType: FuncType;
  /**
   * `inner.<fn>` or `services.<Service>.<fn>`. For the newer spelling's Inner handlers, which
   * have no `func`, this is `inner.customFunc`.
   */
  func: string;
  /** Node ids as written (the newer spelling prefixes them with `after.` / `before.`). */
  triggerNode: string[];
  /** Always a list here, whether e.json wrote a string or a list. */
  handleType: string[];
  handleNode?: string;
  /** 1 unless e.json says `enable: 0` (newer spelling only). */
  enable: 0 | 1;
  config: Record<string, unknown>;
}

/** What a handler is called with, besides the row: the event's input for one run. */
export interface EventInput {
  /** Approval status, e.g. `approved` (seed) or `Pass` (newer). */
  status?: string;
  /** NodeChange: the node reached; bare id or with the newer spelling's `after.`/`before.` prefix. */
  triggerNode?: string;
  /** NodeHandled: the action taken. */
  handleType?: string;
  /** NodeHandled: the node that was handled. */
  nodeId?: string;
  /** NodeHandled: that node's title. */
  nodeTitle?: string;
}
