import { type AppTree, readZip } from '@event-studio/runtime';
import { SAMPLE_APP_URL, takeEarlySample } from '../apps/early-reads';
import { i18n } from '../i18n/i18n';

/** Reads the built-in sample app, which the studio serves as /sample-app.zip; throws when it cannot. */
export async function fetchSampleApp(): Promise<AppTree> {
  const response = (await takeEarlySample()) ?? (await fetch(SAMPLE_APP_URL));
  if (!response.ok) throw new Error(i18n.t('sampleApp.serverAnswered', { status: response.status }));
  const result = readZip(new Uint8Array(await response.arrayBuffer()), { name: 'sample-app.zip' });
  if (!result.ok) throw new Error(result.error.message);
  return result.tree;
}

/** What the studio says when the sample app could not be read. */
export function sampleAppFailure(error: unknown): string {
  return i18n.t('sampleApp.notOpened', { reason: error instanceof Error ? error.message : String(error) });
}
