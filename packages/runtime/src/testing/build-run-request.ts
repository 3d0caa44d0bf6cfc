import { workflowForModel } from '../app/app-context.js';
import type { AppContext, ModelInfo } from '../app/app-context.types.js';
import { type AppTree, folderOf, readText } from '../app/app-tree.js';
import type { ApprovalEvent, EventInput } from '../element/approval-event.types.js';
import { parseElement } from '../element/parse-element.js';
import { approvalEventFolders } from '../element/validate-app.js';
import type { RunModelField, RunRequest, SampleRow } from '../sandbox/run.types.js';
import { sampleRow, sampleRows } from './sample-rows.js';

/** What a caller knows when it asks for a run; everything else is filled from the app. */
export interface RunAsk {
  fullName: string;
  /** The approval's row; a sample row of the model when absent. */
  row?: SampleRow;
  input?: EventInput;
  timeoutMs?: number;
}

export type BuiltRunRequest =
  | { ok: true; request: RunRequest; element: ApprovalEvent }
  | { ok: false; message: string };

/** The status a run uses when none is given: an approval, in the element's own spelling. */
export function defaultStatus(element: ApprovalEvent): string {
  return element.spelling === 'newer' ? 'Pass' : 'approved';
}

/**
 * Fills the event's input from the element where the caller left it out, so a bare run fires:
 * the first trigger node, the handle node and its first handle type, and that node's title.
 */
export function completeInput(
  element: ApprovalEvent,
  context: AppContext,
  input: EventInput = {},
): EventInput {
  const done: EventInput = { ...input, status: input.status ?? defaultStatus(element) };
  if (element.operate === 'NodeChange') done.triggerNode ??= element.triggerNode[0];
  if (element.operate === 'NodeHandled') {
    done.nodeId ??= element.handleNode;
    done.handleType ??= element.handleType[0];
    const node = workflowForModel(context, element.model)?.nodes.find((n) => n.id === done.nodeId);
    done.nodeTitle ??= node?.title ?? done.nodeId;
  }
  return done;
}

/**
 * The Python files a run may import: every `.py` of the app by its path (`from models.OrderModel
 * import OrderModel`, services, shared packages: issue #17), except other approval events' folders,
 * which a handler does not import and a thousand-event app would make every request carry.
 */
function pythonFilesFor(tree: AppTree, elementFolder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of tree.keys()) {
    if (!path.endsWith('.py')) continue;
    if (path.startsWith('events/') && !path.startsWith(`${elementFolder}/`)) continue;
    files[path] = readText(tree, path) ?? '';
  }
  return files;
}

// A model's request fields and generated rows depend only on the model, which the app context
// rebuilds when model.py changes: kept per model, so a Run does not regenerate every model's rows.
const fieldsOfModel = new WeakMap<ModelInfo, RunModelField[]>();
const rowsOfModel = new WeakMap<ModelInfo, SampleRow[]>();

/** A model's fields as a run request carries them (with their declaration parameters). */
function runFields(model: ModelInfo | undefined): RunModelField[] {
  if (model === undefined) return [];
  let fields = fieldsOfModel.get(model);
  if (fields === undefined) {
    fields = model.fields.map(({ name, type, title, params }) => ({
      name,
      type,
      title,
      ...(params ? { params } : {}),
    }));
    fieldsOfModel.set(model, fields);
  }
  return fields;
}

/** Rows each other model starts a run with: until sample data per model is kept (issue #17), generated ones. */
const OTHER_MODEL_ROWS = 3;

function generatedRows(model: ModelInfo): SampleRow[] {
  let rows = rowsOfModel.get(model);
  if (rows === undefined) {
    rows = sampleRows(model, OTHER_MODEL_ROWS);
    rowsOfModel.set(model, rows);
  }
  return rows;
}

/**
 * Every model of the app with its fields, and the rows each starts the run with: the event's own
 * model holds the event's row; the others their generated sample rows (the studio's Generate).
 * The request is copied to the sandbox, so sharing the cached arrays is safe.
 */
function appModels(context: AppContext, eventModel: string, row: SampleRow) {
  const models = [...context.models.values()].map((m) => ({ fullName: m.fullName, fields: runFields(m) }));
  const modelRows: Record<string, SampleRow[]> = {};
  for (const m of context.models.values())
    if (m.fullName !== eventModel) modelRows[m.fullName] = generatedRows(m);
  modelRows[eventModel] = [row];
  return { models, modelRows };
}

/** Builds the sandbox request for one run of an app's approval event, or says why it cannot. */
export function buildRunRequest(tree: AppTree, context: AppContext, ask: RunAsk): BuiltRunRequest {
  const folder = folderOf(ask.fullName);
  const text = readText(tree, `${folder}/e.json`);
  if (text === undefined) {
    const known = approvalEventFolders(tree).map((f) => f.split('/').join('.'));
    return {
      ok: false,
      message: `no element '${ask.fullName}' here; approval events: ${known.join(', ') || 'none'}.`,
    };
  }
  const { element, issues } = parseElement(folder, text);
  if (!element) {
    return {
      ok: false,
      message: `${folder}/e.json cannot be run: ${issues.map((i) => i.message).join('; ')}`,
    };
  }
  const model = context.models.get(element.model);
  const row = ask.row ?? (model ? sampleRow(model) : {});
  return {
    ok: true,
    element,
    request: {
      element,
      files: pythonFilesFor(tree, folder),
      model: { fullName: element.model, fields: runFields(model) },
      row,
      input: completeInput(element, context, ask.input),
      ...appModels(context, element.model, row),
      ...(ask.timeoutMs === undefined ? {} : { timeoutMs: ask.timeoutMs }),
    },
  };
}
