import { fullNameOf, type ImportResult } from '@event-studio/runtime';

/** One sentence saying what an applied import did, for the confirmation after it. */
export function describeImport(fileName: string, kind: 'app' | 'elements', result: ImportResult): string {
  if (kind === 'app') return `Opened the app from ${fileName}.`;
  const n = result.imported.length;
  if (n === 0) return `Nothing imported from ${fileName}: every element was skipped.`;
  const copies = Object.entries(result.renamed).map(
    ([from, to]) => `${fullNameOf(from)} kept as ${fullNameOf(to)}`,
  );
  const what = `Imported ${n} element${n === 1 ? '' : 's'} from ${fileName}`;
  return copies.length === 0 ? `${what}.` : `${what} (${copies.join(', ')}).`;
}
