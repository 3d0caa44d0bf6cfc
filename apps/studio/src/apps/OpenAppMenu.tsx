import { applyImport, planImport, type ZipError } from '@event-studio/runtime';
import AddIcon from '@mui/icons-material/Add';
import { IconButton, Menu, MenuItem, Tooltip } from '@mui/material';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRefusedDialog } from '../import/ImportRefusedDialog';
import { readZipTree } from '../import/read-zip-file';
import { ZipFileInput } from '../import/ZipFileInput';
import { appNameFromFileName } from '../workspace/app-list';
import { appShelf } from './app-shelf';

/** The "+" beside the app tabs: opens the sample app, or an app zip, as another app. */
export function OpenAppMenu({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [refused, setRefused] = useState<{ fileName: string; error: ZipError }>();
  const input = useRef<HTMLInputElement>(null);
  const menuId = useId();

  const openFile = async (file: File) => {
    const read = await readZipTree(file);
    // A refused zip changes nothing: the open app stays open, and the user is told why.
    if (!read.ok) return setRefused({ fileName: read.fileName, error: read.error });
    // Into an empty app, through the same plan as Import: the zip's .event-studio/ files are kept
    // only if they pass the studio's own checks, as any imported studio file.
    const { tree } = applyImport(new Map(), planImport(new Map(), read.tree), {});
    await appShelf.openTree(appNameFromFileName(read.fileName, t('apps.defaultName')), tree);
  };

  return (
    <>
      <Tooltip title={t('apps.open')}>
        <span>
          <IconButton
            color="inherit"
            size="small"
            aria-label={t('apps.open')}
            aria-haspopup="menu"
            aria-expanded={anchor ? 'true' : undefined}
            aria-controls={anchor ? menuId : undefined}
            onClick={(event) => setAnchor(event.currentTarget)}
            disabled={disabled}
          >
            <AddIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void appShelf.openSample();
          }}
        >
          {t('apps.openSample')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            input.current?.click();
          }}
        >
          {t('apps.openZip')}
        </MenuItem>
      </Menu>
      <ZipFileInput ref={input} label={t('apps.zipInput')} onFile={(file) => void openFile(file)} />
      {refused && (
        <ImportRefusedDialog
          fileName={refused.fileName}
          error={refused.error}
          onClose={() => setRefused(undefined)}
        />
      )}
    </>
  );
}
