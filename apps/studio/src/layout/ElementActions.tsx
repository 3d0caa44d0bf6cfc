import { convertSpelling, parseElement, readText, type Spelling } from '@event-studio/runtime';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import { IconButton, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

/** The open element's actions menu; `onRewritten` lets the form reload files changed behind it. */
export function ElementActions({ folder, onRewritten }: { folder: string; onRewritten(): void }) {
  const { tree } = useWorkspace();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const eJson = readText(tree, `${folder}/e.json`);
  const innerPy = readText(tree, `${folder}/inner.py`);
  const spelling = eJson === undefined ? undefined : parseElement(folder, eJson).element?.spelling;
  const other: Spelling = spelling === 'newer' ? 'seed' : 'newer';

  const convert = () => {
    setAnchor(null);
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
      <IconButton aria-label="Element actions" size="small" onClick={(e) => setAnchor(e.currentTarget)}>
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={convert} disabled={spelling === undefined}>
          <ListItemText
            primary={`Convert to the ${other} spelling`}
            secondary={
              other === 'newer'
                ? 'funcType Inner/Global, handler renamed customFunc, after.<node> trigger nodes'
                : 'funcType inner/global, handler arguments per operate, bare node ids'
            }
          />
        </MenuItem>
      </Menu>
    </>
  );
}
