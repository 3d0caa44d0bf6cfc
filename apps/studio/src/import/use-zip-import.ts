import type { ImportPlan, ZipError } from '@event-studio/runtime';
import { useCallback, useRef, useState } from 'react';
import { readZipFile } from './read-zip-file';

/** Where an import stands: reading the file, refused, or waiting for the user's review. */
export type ZipImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; error: ZipError }
  | { step: 'review'; fileName: string; plan: ImportPlan; ticket: number };

/** Reads a picked or dropped zip and holds the import's state; the latest file wins. */
export function useZipImport(): { state: ZipImportState; start(file: File): void; reset(): void } {
  const [state, setState] = useState<ZipImportState>({ step: 'idle' });
  const latest = useRef(0);
  const start = useCallback((file: File) => {
    const ticket = ++latest.current;
    setState({ step: 'reading', fileName: file.name });
    void readZipFile(file).then((reading) => {
      if (ticket !== latest.current) return; // a newer file (or Cancel) overtook this one
      setState(
        reading.ok
          ? { step: 'review', fileName: reading.fileName, plan: reading.plan, ticket }
          : { step: 'refused', fileName: reading.fileName, error: reading.error },
      );
    });
  }, []);
  const reset = useCallback(() => {
    latest.current += 1;
    setState({ step: 'idle' });
  }, []);
  return { state, start, reset };
}
