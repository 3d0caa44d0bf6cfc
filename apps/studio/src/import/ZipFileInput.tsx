import type { Ref } from 'react';

/**
 * The hidden file input behind an "open a zip" button or menu item: the button clicks it, and it
 * hands over the file picked (tests fill it directly, by its label).
 */
export function ZipFileInput({
  ref,
  label,
  onFile,
}: {
  ref: Ref<HTMLInputElement>;
  label: string;
  onFile: (file: File) => void;
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".zip,application/zip"
      aria-label={label}
      hidden
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        // Cleared so that picking the same file again fires another change.
        event.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
