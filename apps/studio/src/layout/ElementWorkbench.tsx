import { fullNameOf } from '@event-studio/runtime';
import { Box, Divider, Stack, Typography } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { AppText } from '../app-text/AppText';
import type { CodeEditorHandle } from '../editor/CodeEditor';
import { ElementForm } from '../form/ElementForm';
import { LaterPart } from '../later/LaterPart';
import { CodePane, TestPanel } from '../later/later-parts';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { ElementActions } from './ElementActions';

/** One approval event: its form and its files side by side, the test run below. */
export function ElementWorkbench({ folder }: { folder: string }) {
  const externalRevision = useWorkspaceValue((s) => s.externalRevision);
  const editor = useRef<CodeEditorHandle | undefined>(undefined);
  const runTest = useRef<(() => void) | undefined>(undefined);
  // Bumped when an action rewrites e.json behind the form, so the form reloads its values.
  const [formRevision, setFormRevision] = useState(0);
  // Stable, so the memoised test panel does not re-render on every keystroke in the editor.
  const goToLine = useCallback((line: number) => editor.current?.goToLine(line), []);

  return (
    <Stack sx={{ minHeight: '100%' }}>
      <Stack direction="row" sx={{ px: 2, pt: 1, alignItems: 'center', gap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: 15 }}>
          <AppText text={fullNameOf(folder)} />
        </Typography>
        <ElementActions folder={folder} onRewritten={() => setFormRevision((n) => n + 1)} />
      </Stack>
      <Stack direction="row" sx={{ height: 460, flexShrink: 0 }}>
        <Box sx={{ width: 380, flexShrink: 0, overflow: 'auto' }}>
          <ElementForm key={`${formRevision}:${externalRevision}`} folder={folder} />
        </Box>
        <Divider orientation="vertical" flexItem />
        {/* The placeholder holds the code pane's place, so the form does not move when it comes. */}
        <LaterPart placeholder={<Box sx={{ flex: 1, minWidth: 0 }} />}>
          <CodePane folder={folder} editorRef={editor} onRunShortcut={() => runTest.current?.()} />
        </LaterPart>
      </Stack>
      <Divider />
      <LaterPart>
        <TestPanel key={folder} folder={folder} runRef={runTest} onGoToLine={goToLine} />
      </LaterPart>
    </Stack>
  );
}
