import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { WorkflowHandle, WorkflowInfo, WorkflowNode } from './app-context.types.js';
import { type AppTree, fullNameOf, readText } from './app-tree.js';
import { FileIssues } from './file-issues.js';
import { handleNameOfCode, isKnownHandleCode, nodeKindOfCode } from './handle-codes.js';
import {
  isJsonObject,
  type JsonDocument,
  jsonPointer,
  jsonReadIssue,
  readJsonDocument,
} from './json-document.js';

type Path = (string | number)[];

/** Reads one approval workflow: e.json's `dataModel` and title, config.json's nodes, handles and links. */
export function readWorkflow(
  tree: AppTree,
  folder: string,
  element: Record<string, unknown>,
  issues: ValidationIssue[],
): WorkflowInfo {
  const info: WorkflowInfo = { fullName: fullNameOf(folder), folder, model: '', nodes: [], links: [] };
  if (typeof element.title === 'string') info.title = element.title;
  if (typeof element.dataModel === 'string' && element.dataModel !== '') info.model = element.dataModel;
  else {
    const message = `${info.fullName} names no model: e.json needs "dataModel": "models.<Model>"`;
    issues.push(issue('warning', 'workflow.no-data-model', `${folder}/e.json`, '/dataModel', message));
  }
  const file = `${folder}/config.json`;
  const text = readText(tree, file);
  if (text === undefined) {
    issues.push(
      issue(
        'warning',
        'workflow.no-config',
        file,
        '',
        `${info.fullName} has no config.json, so its nodes are unknown`,
      ),
    );
    return info;
  }
  const read = readJsonDocument(text);
  if (!read.ok) {
    issues.push(jsonReadIssue(read, file, `config.json is not valid JSON: ${read.message}`));
    return info;
  }
  const found = new FileIssues(file, 'workflow.more-issues');
  new ConfigReader(file, read.doc, found).readInto(info);
  issues.push(...found.all());
  return info;
}

/**
 * Most nodes read from one config.json. A real approval workflow has a few to a few dozen nodes;
 * each becomes a box of the diagram and an option of the node pickers, so thousands are no
 * workflow anyone draws, and the rest are left out.
 */
export const MAX_WORKFLOW_NODES = 1_000;
/** Most links read from one config.json: twice the nodes leaves room for every branch. */
export const MAX_WORKFLOW_LINKS = 2 * MAX_WORKFLOW_NODES;
/** Most buttons read for one node (the platform knows about twenty handle types). */
export const MAX_NODE_HANDLES = 50;

class ConfigReader {
  constructor(
    private readonly file: string,
    private readonly doc: JsonDocument,
    private readonly issues: FileIssues,
  ) {}

  readInto(info: WorkflowInfo): void {
    const config = this.doc.value;
    if (!isJsonObject(config)) {
      this.warn(
        'workflow.invalid-config',
        [],
        'config.json should be an object with nodeList, linkList and nodeConfig',
      );
      return;
    }
    const nodeConfig = isJsonObject(config.nodeConfig) ? config.nodeConfig : {};
    const ids = new Set<string>();
    const nodeList = this.capped(this.listAt(config.nodeList, ['nodeList']), MAX_WORKFLOW_NODES, 'nodes');
    nodeList.forEach((raw, index) => {
      const node = this.readNode(raw, ['nodeList', index], nodeConfig);
      if (!node) return;
      if (ids.has(node.id)) {
        this.warn(
          'workflow.duplicate-node',
          ['nodeList', index, 'name'],
          `node id '${node.id}' is used twice`,
        );
      } else {
        ids.add(node.id);
        info.nodes.push(node);
      }
    });
    const linkList = this.capped(this.listAt(config.linkList, ['linkList']), MAX_WORKFLOW_LINKS, 'links');
    linkList.forEach((raw, index) => {
      const path: Path = ['linkList', index];
      if (!isJsonObject(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') {
        this.warn('workflow.invalid-link', path, 'a link needs string "from" and "to" node ids');
        return;
      }
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(raw[end] as string))
          this.warn('workflow.unknown-link-node', [...path, end], `link ${end} '${raw[end]}' is not a node`);
      }
      info.links.push({ from: raw.from, to: raw.to });
    });
  }

  private readNode(raw: unknown, path: Path, nodeConfig: Record<string, unknown>): WorkflowNode | undefined {
    if (!isJsonObject(raw) || typeof raw.name !== 'string' || raw.name === '') {
      this.warn('workflow.invalid-node', path, 'a node needs a string "name" (its id)');
      return undefined;
    }
    const id = raw.name;
    const config = Object.hasOwn(nodeConfig, id) && isJsonObject(nodeConfig[id]) ? nodeConfig[id] : undefined;
    const typeCode = codeOf(raw.type) ?? codeOf(config?.nodeType);
    if (typeCode === undefined)
      this.warn('workflow.invalid-node-type', [...path, 'type'], `node '${id}' has no numeric "type"`);
    const title =
      typeof raw.title === 'string' ? raw.title : typeof config?.title === 'string' ? config.title : id;
    // Buttons live in nodeConfig; a node that carries its own handleList is read as a fallback.
    const handlePath: Path =
      config && Array.isArray(config.handleList) ? ['nodeConfig', id, 'handleList'] : [...path, 'handleList'];
    const handleList = config && Array.isArray(config.handleList) ? config.handleList : raw.handleList;
    const handles: WorkflowHandle[] = [];
    if (handleList !== undefined) {
      const list = this.listAt(handleList, handlePath);
      if (list.length > MAX_NODE_HANDLES) {
        const message = `node '${id}' offers ${list.length} buttons; the studio reads the first ${MAX_NODE_HANDLES}`;
        this.warn('workflow.too-many-handles', handlePath, message);
      }
      list.slice(0, MAX_NODE_HANDLES).forEach((entry, index) => {
        const handle = this.readHandle(entry, [...handlePath, index], id);
        if (handle) handles.push(handle);
      });
    }
    return {
      id,
      title,
      kind: typeCode === undefined ? 'other' : nodeKindOfCode(typeCode),
      typeCode: typeCode ?? -1,
      handles,
    };
  }

  private readHandle(raw: unknown, path: Path, nodeId: string): WorkflowHandle | undefined {
    const code = isJsonObject(raw) ? codeOf(raw.handleType) : undefined;
    if (!isJsonObject(raw) || code === undefined) {
      this.warn('workflow.invalid-handle', path, `a button of node '${nodeId}' has no numeric "handleType"`);
      return undefined;
    }
    if (!isKnownHandleCode(code)) {
      const message = `node '${nodeId}' offers handleType ${code}, which the studio does not know; it is called 'handle${code}'`;
      this.warn('workflow.unknown-handle-type', [...path, 'handleType'], message);
    }
    const handle: WorkflowHandle = { code, name: handleNameOfCode(code) };
    if (typeof raw.title === 'string') handle.title = raw.title;
    return handle;
  }

  private listAt(value: unknown, path: Path): unknown[] {
    if (Array.isArray(value)) return value;
    if (value !== undefined)
      this.warn('workflow.invalid-config', path, `${jsonPointer(path)} should be a list`);
    return [];
  }

  /** The first `cap` entries of a list; a longer list is reported, with its length and the cap. */
  private capped(list: unknown[], cap: number, what: 'nodes' | 'links'): unknown[] {
    if (list.length <= cap) return list;
    const path: Path = [what === 'nodes' ? 'nodeList' : 'linkList'];
    const message = `config.json lists ${list.length} ${what}; the studio reads at most ${cap} ${what} of a workflow (a real one has a few dozen), so the rest are left out`;
    this.issues.always(
      issue('warning', `workflow.too-many-${what}`, this.file, jsonPointer(path), message, {
        ...this.doc.positionOf(path),
        params: { count: String(list.length), cap: String(cap) },
      }),
    );
    return list.slice(0, cap);
  }

  private warn(code: string, path: Path, message: string): void {
    // Where a value is costs a walk of the file's tree: only for the issues that are listed.
    this.issues.add(() =>
      issue('warning', code, this.file, jsonPointer(path), message, this.doc.positionOf(path)),
    );
  }
}

/** A numeric code as config.json writes it: a number, or a string of digits some exports use. */
function codeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
