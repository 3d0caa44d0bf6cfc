import {
  type AppTree,
  eJsonPath,
  fullNameOf,
  listElementFolders,
  parseElement,
  readText,
} from '@event-studio/runtime';
import { workspace } from '../../workspace/workspace-store';
import type { EditorIntelContext } from './editor-context-registry';

// Listing elements walks every path of the app; the tree is replaced on each edit, so its identity
// says when the list is stale.
const namesByTree = new WeakMap<AppTree, string[]>();

function elementNames(tree: AppTree): string[] {
  let names = namesByTree.get(tree);
  if (names === undefined) {
    names = listElementFolders(tree).map(fullNameOf);
    namesByTree.set(tree, names);
  }
  return names;
}

/** The element of a folder as the workspace holds it now, or undefined when its e.json does not parse. */
export function intelContextFromWorkspace(folder: string): EditorIntelContext | undefined {
  const { tree, context } = workspace.getSnapshot();
  const { element } = parseElement(folder, readText(tree, eJsonPath(folder)) ?? '');
  if (element === undefined) return undefined;
  const model = context.models.get(element.model);
  return { element, context, elementNames: elementNames(tree), ...(model === undefined ? {} : { model }) };
}

/** Calls the listener whenever the workspace changes (e.json edits change the expected signature). */
export function subscribeToWorkspace(listener: () => void): () => void {
  return workspace.subscribe(listener);
}
