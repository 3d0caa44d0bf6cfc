// Test helpers for simulate/: in-memory workflows and events laid over (or instead of) an app tree.
import { encodeText } from '../app/app-tree.js';

/** A node as config.json writes it, with the handle codes its buttons use. */
export interface NodeSpec {
  name: string;
  type: number;
  title?: string;
  handles?: number[];
}

/** Files of a workflow element for `model`, with its nodes and links. */
export function workflowFiles(
  folder: string,
  model: string,
  nodes: NodeSpec[],
  links: [string, string][],
): Record<string, string> {
  const config = {
    nodeList: nodes.map(({ name, type, title }) => ({ name, title: title ?? name, type })),
    linkList: links.map(([from, to]) => ({ from, to })),
    nodeConfig: Object.fromEntries(
      nodes.map(({ name, type, handles }) => [
        name,
        { nodeName: name, nodeType: type, handleList: (handles ?? []).map((handleType) => ({ handleType })) },
      ]),
    ),
  };
  return {
    [`${folder}/e.json`]: JSON.stringify({ title: folder, type: 'workflows.NormalType', dataModel: model }),
    [`${folder}/config.json`]: JSON.stringify(config),
  };
}

/** Files of a model element with Stext fields. */
export function modelFiles(name: string, fields: string[]): Record<string, string> {
  const lines = fields.map((f) => `    ${f} = datatypes.Stext(name="${f}", title="${f}")`);
  return {
    [`models/${name}/e.json`]: JSON.stringify({ title: name, type: 'models.NormalType' }),
    [`models/${name}/model.py`]: `from datatypes.Meta import datatypes\nfrom models.NormalType import NormalModel\n\nclass ${name}(NormalModel):\n${lines.join('\n')}\n`,
  };
}

/** Files of an approval event: its e.json (type added) and, when given, its inner.py. */
export function eventFiles(
  name: string,
  config: Record<string, unknown>,
  innerPy?: string,
): Record<string, string> {
  const eJson = { title: name, type: 'events.WorkflowType', backendBundleEntry: '.', ...config };
  return {
    [`events/${name}/e.json`]: JSON.stringify(eJson),
    ...(innerPy === undefined ? {} : { [`events/${name}/inner.py`]: innerPy }),
  };
}

/** A copy of a tree with text files added or replaced. */
export function withFiles(
  tree: ReadonlyMap<string, Uint8Array>,
  files: Record<string, string>,
): Map<string, Uint8Array> {
  const next = new Map(tree);
  for (const [path, text] of Object.entries(files)) next.set(path, encodeText(text));
  return next;
}
