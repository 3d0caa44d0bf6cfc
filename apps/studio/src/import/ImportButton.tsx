import UploadIcon from '@mui/icons-material/Upload';
import { Button } from '@mui/material';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ZipFileInput } from './ZipFileInput';

/** The app bar's Import button, with the hidden file input it opens (tests fill the input directly). */
export function ImportButton({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<UploadIcon />}
        onClick={() => input.current?.click()}
        disabled={disabled}
      >
        {t('appBar.import')}
      </Button>
      <ZipFileInput ref={input} label={t('appBar.zipInput')} onFile={onFile} />
    </>
  );
}
