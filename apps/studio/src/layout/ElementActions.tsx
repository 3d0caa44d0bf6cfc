import { convertSpelling, parseElement, type Spelling } from '@event-studio/runtime';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { IconButton, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cachedText, useWorkspaceValue } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

/** The spelling of the element in `folder`, or undefined when its e.json cannot be read as one. */
function spellingOf(tree: ReadonlyMap<string, Uint8Array>, folder: string): Spelling | undefined {
  const eJson = cachedText(tree, `${folder}/e.json`);
  return eJson === undefined ? undefined : parseElement(folder, eJson).element?.spelling;
}

/** The open element's actions menu; `onRewritten` lets the form reload files changed behind it. */
export function ElementActions({ folder, onRewritten }: { folder: string; onRewritten(): void }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Only the spelling is shown; the files are read when the user converts.
  const spelling = useWorkspaceValue((s) => spellingOf(s.tree, folder));
  const other: Spelling = spelling === 'newer' ? 'seed' : 'newer';

  const convert = () => {
    setAnchor(null);
    const eJson = workspace.readFile(`${folder}/e.json`);
    const innerPy = workspace.readFile(`${folder}/inner.py`);
    if (eJson === undefined) return;
    const converted = convertSpelling({ eJson, ...(innerPy === undefined ? {} : { innerPy }) }, other);
    workspace.writeFiles({
      [`${folder}/e.json`]: converted.eJson,
      ...(converted.innerPy === undefined ? {} : { [`${folder}/inner.py`]: converted.innerPy }),
    });
    onRewritten();
  };

  return (
    <>
      <IconButton
        aria-label={t('layout.elementActions')}
        size="small"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={convert} disabled={spelling === undefined}>
          <ListItemText
            primary={other === 'newer' ? t('layout.convertToNewer') : t('layout.convertToSeed')}
            secondary={other === 'newer' ? t('layout.convertToNewerHelp') : t('layout.convertToSeedHelp')}
          />
        </MenuItem>
      </Menu>
    </>
  );
}
