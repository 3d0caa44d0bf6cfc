import {
  type AppTree,
  eJsonPath,
  fullNameOf,
  listElementFolders,
  parseElement,
  readText,
  sameElementsAfterWrite,
} from '@event-studio/runtime';
import { type WorkspaceSnapshot, workspace } from '../../workspace/workspace-store';
import type { EditorIntelContext } from './editor-context-registry';

// Listing elements walks every path of the app, and the tree is replaced on each edit: the list is
// kept per tree, and carried over from the tree a write was made to when no e.json came or went.
const namesByTree = new WeakMap<AppTree, string[]>();

function elementNames(snapshot: WorkspaceSnapshot): string[] {
  const { tree, written } = snapshot;
  let names = namesByTree.get(tree);
  if (names !== undefined) return names;
  const before = written && namesByTree.get(written.from);
  const reusable = before && sameElementsAfterWrite(written.from, tree, written.paths);
  names = reusable ? before : listElementFolders(tree).map(fullNameOf);
  namesByTree.set(tree, names);
  return names;
}

/** The element of a folder as the workspace holds it now, or undefined when its e.json does not parse. */
export function intelContextFromWorkspace(folder: string): EditorIntelContext | undefined {
  const snapshot = workspace.getSnapshot();
  const { tree, context } = snapshot;
  const { element } = parseElement(folder, readText(tree, eJsonPath(folder)) ?? '');
  if (element === undefined) return undefined;
  const model = context.models.get(element.model);
  return {
    element,
    context,
    elementNames: elementNames(snapshot),
    ...(model === undefined ? {} : { model }),
  };
}

/** Calls the listener whenever the workspace changes (e.json edits change the expected signature). */
export function subscribeToWorkspace(listener: () => void): () => void {
  return workspace.subscribe(listener);
}
