import { selectElements, writeZip } from '@event-studio/runtime';
import { workspace } from '../workspace/workspace-store';

/** Saves bytes as a file through the browser's download. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads one element folder as `<name>.zip` (events/<name>/…), ready for the platform. */
export function exportElement(folder: string): void {
  const bytes = writeZip(selectElements(workspace.getSnapshot().tree, [folder]));
  download(bytes, `${folder.split('/').pop()}.zip`);
}
