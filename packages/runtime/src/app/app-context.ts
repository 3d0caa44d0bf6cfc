import { issue, type ValidationIssue } from '../issue/validation-issue.js';
import type { AppContext, ServiceInfo, WorkflowInfo } from './app-context.types.js';
import { type AppTree, fullNameOf, listElementFolders, readText } from './app-tree.js';
import { contextKindOfType } from './element-type.js';
import { isJsonObject, jsonReadIssue, readJsonValue } from './json-document.js';
import { readModels } from './model-context.js';
import { readService } from './service-reader.js';
import { readWorkflow } from './workflow-reader.js';

/** Top folders whose elements are context elements by convention: a broken e.json there is reported. */
const CONTEXT_FOLDERS = new Set(['models', 'workflows', 'services']);

/**
 * What an approval event can refer to, read from an app tree: models (fields from model.py),
 * approval workflows (config.json) and services (functionList). An element counts by the `type`
 * its e.json declares, not by its folder. Problems are returned as issues; this never throws.
 */
export function buildAppContext(tree: AppTree): AppContext {
  const issues: ValidationIssue[] = [];
  const modelFolders: { folder: string; title?: string }[] = [];
  const workflows: WorkflowInfo[] = [];
  const services = new Map<string, ServiceInfo>();
  for (const folder of listElementFolders(tree)) {
    const file = `${folder}/e.json`;
    const read = readJsonValue(readText(tree, file) ?? '');
    if (!read.ok) {
      // Other element kinds (events …) have their own readers that report their e.json.
      if (CONTEXT_FOLDERS.has(folder.split('/')[0] ?? '')) {
        issues.push(jsonReadIssue(read, file, `e.json is not valid JSON: ${read.message}`));
      }
      continue;
    }
    const element = read.value;
    if (!isJsonObject(element)) continue;
    const kind = contextKindOfType(typeof element.type === 'string' ? element.type : undefined);
    if (kind === 'model') {
      modelFolders.push(typeof element.title === 'string' ? { folder, title: element.title } : { folder });
    } else if (kind === 'workflow') {
      workflows.push(readWorkflow(tree, folder, element, issues));
    } else if (kind === 'service') {
      services.set(fullNameOf(folder), readService(tree, folder, element, issues));
    }
  }
  const models = readModels(tree, modelFolders, issues);
  for (const workflow of workflows) {
    if (workflow.model !== '' && !models.has(workflow.model)) {
      const message = `dataModel '${workflow.model}' is not a model of this app`;
      issues.push(
        issue('warning', 'workflow.unknown-model', `${workflow.folder}/e.json`, '/dataModel', message),
      );
    }
  }
  return { models, workflows, services, issues };
}

/** The approval workflow of a model (the first by folder when an app has several), if any. */
export function workflowForModel(context: AppContext, modelFullName: string): WorkflowInfo | undefined {
  return context.workflows.find((workflow) => workflow.model === modelFullName);
}

/** An empty context, for an element opened on its own without its app. */
export function emptyAppContext(): AppContext {
  return { models: new Map(), workflows: [], services: new Map(), issues: [] };
}
