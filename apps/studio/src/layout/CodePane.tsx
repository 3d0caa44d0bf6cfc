import { eJsonPath, innerPyPath } from '@event-studio/runtime';
import { Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { lazy, type RefObject, Suspense, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CodeEditor, type CodeEditorHandle } from '../editor/CodeEditor';
import { useFileText } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

// Loaded when first asked for, with the line-diff library it uses: the first screen does not show it.
const ElementJsonPreview = lazy(() =>
  import('../element-json/ElementJsonPreview').then((module) => ({ default: module.ElementJsonPreview })),
);

type ShownFile = 'inner.py' | 'e.json';

interface CodePaneProps {
  folder: string;
  editorRef: RefObject<CodeEditorHandle | undefined>;
  onRunShortcut(): void;
}

/**
 * The element's files beside its form: inner.py in the editor, or e.json as the form writes it with
 * its changes since the last export. The editor stays mounted while e.json is shown, so switching
 * back keeps the cursor and scroll where they were.
 */
export function CodePane({ folder, editorRef, onRunShortcut }: CodePaneProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ShownFile>('inner.py');
  const innerPath = innerPyPath(folder);
  const innerPy = useFileText(innerPath);
  const caption =
    shown === 'e.json' ? eJsonPath(folder) : innerPy === undefined ? t('layout.noInnerPy') : innerPath;

  return (
    <Stack sx={{ flex: 1, minWidth: 0 }}>
      <Stack direction="row" sx={{ px: 1, py: 0.5, gap: 1.5, alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={shown}
          onChange={(_, value: ShownFile | null) => value && setShown(value)}
          aria-label={t('elementJson.fileShown')}
          sx={{ '& .MuiToggleButton-root': { py: 0.25, px: 1.25, textTransform: 'none', fontSize: 13 } }}
        >
          <ToggleButton value="inner.py">inner.py</ToggleButton>
          <ToggleButton value="e.json">e.json</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="caption" color="text.secondary" noWrap>
          {caption}
        </Typography>
      </Stack>
      <Box sx={{ flex: 1, minHeight: 0, display: shown === 'inner.py' ? 'block' : 'none' }}>
        {innerPy !== undefined && (
          <CodeEditor
            path={innerPath}
            value={innerPy}
            onChange={(text) => workspace.writeFiles({ [innerPath]: text })}
            onRunShortcut={onRunShortcut}
            onReady={(handle) => {
              editorRef.current = {
                // A jump to an error's line shows the code first, whatever file was shown.
                goToLine(line) {
                  flushSync(() => setShown('inner.py'));
                  handle.goToLine(line);
                },
              };
            }}
          />
        )}
      </Box>
      {shown === 'e.json' && (
        <Box sx={{ flex: 1, minHeight: 0 }}>
          <Suspense fallback={null}>
            <ElementJsonPreview folder={folder} />
          </Suspense>
        </Box>
      )}
    </Stack>
  );
}
