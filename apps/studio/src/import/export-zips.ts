import { type AppTree, appFilesOnly, readText, selectElements, writeZip } from '@event-studio/runtime';
import { exportMarks } from '../workspace/unsaved-markers';
import { workspace } from '../workspace/workspace-store';
import { saveDownload } from './save-download';

/** The app's name from app.json, for naming its zips; `app` when it has none. */
export function appNameOf(tree: AppTree): string {
  try {
    const name: unknown = JSON.parse(readText(tree, 'app.json') ?? '{}').name;
    // Only a plain file name is used: the name ends up as a download's file name.
    return typeof name === 'string' && /^[\w.-]+$/.test(name) ? name : 'app';
  } catch {
    return 'app';
  }
}

/** Downloads one element folder as `<name>.zip` (events/<name>/…), ready for the platform. */
export function exportElement(folder: string): void {
  const { tree } = workspace.current();
  saveDownload(writeZip(selectElements(tree, [folder])), `${folder.split('/').pop()}.zip`);
  exportMarks.markExported(tree, [folder]);
}

/** Downloads every approval event folder (events/…, paths kept) as `<app>-approval-events.zip`. */
export function exportApprovalEvents(): void {
  const { tree, events } = workspace.current();
  saveDownload(writeZip(selectElements(tree, events)), `${appNameOf(tree)}-approval-events.zip`);
  // Only the events in the zip count as exported: one deleted since stays marked until a whole-app export.
  exportMarks.markExported(tree, events);
}

/** Downloads every file of the app, untouched files byte for byte, as `<app>.zip`. */
export function exportWholeApp(): void {
  const { tree } = workspace.current();
  // The studio's own files (saved test cases) stay in the studio; the platform gets the app.
  saveDownload(writeZip(appFilesOnly(tree)), `${appNameOf(tree)}.zip`);
  exportMarks.markExported(tree);
}
