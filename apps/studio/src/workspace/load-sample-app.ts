import { readZip } from '@event-studio/runtime';
import { workspace } from './workspace-store';

/** Opens the built-in sample app, which the studio serves as /sample-app.zip. */
export async function loadSampleApp(): Promise<void> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}sample-app.zip`);
    if (!response.ok) throw new Error(`the server answered ${response.status} for sample-app.zip`);
    const result = readZip(new Uint8Array(await response.arrayBuffer()), { name: 'sample-app.zip' });
    if (!result.ok) throw new Error(result.error.message);
    workspace.load(result.tree);
  } catch (error) {
    workspace.fail(
      `The sample app could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
