import { fullNameOf, type ImportResult } from '@event-studio/runtime';
import type { TFunction } from 'i18next';

/** One sentence saying what an applied import did, for the confirmation after it. */
export function describeImport(
  t: TFunction,
  fileName: string,
  kind: 'app' | 'elements',
  result: ImportResult,
): string {
  if (kind === 'app') return t('importZip.openedApp', { fileName });
  const count = result.imported.length;
  if (count === 0) return t('importZip.nothingImported', { fileName });
  const copies = Object.entries(result.renamed).map(([from, to]) =>
    t('importZip.keptAs', { from: fullNameOf(from), to: fullNameOf(to) }),
  );
  return copies.length === 0
    ? t('importZip.imported', { count, fileName })
    : t('importZip.importedWithCopies', { count, fileName, copies: copies.join(', ') });
}
