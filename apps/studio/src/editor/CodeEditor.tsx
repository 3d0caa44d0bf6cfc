import { Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { loadMonaco } from './monaco-loader';

type MonacoEditor = Parameters<OnMount>[0];

export interface CodeEditorHandle {
  goToLine(line: number): void;
}

interface CodeEditorProps {
  path: string;
  value: string;
  onChange(value: string): void;
  onReady?(handle: CodeEditorHandle): void;
}

/** inner.py in Monaco, loaded only when first shown so it never delays the form. */
export function CodeEditor({ path, value, onChange, onReady }: CodeEditorProps) {
  const [monacoReady, setMonacoReady] = useState(false);
  const { mode, systemMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';

  useEffect(() => {
    let live = true;
    loadMonaco().then(() => live && setMonacoReady(true));
    return () => {
      live = false;
    };
  }, []);

  if (!monacoReady) {
    return (
      <Stack sx={{ alignItems: 'center', justifyContent: 'center', height: '100%' }} role="status">
        <CircularProgress size={20} />
        <Typography variant="caption" color="text.secondary">
          Loading the editor…
        </Typography>
      </Stack>
    );
  }

  const handleMount: OnMount = (editor: MonacoEditor) => {
    onReady?.({
      goToLine(line) {
        editor.revealLineInCenter(line);
        editor.setPosition({ lineNumber: line, column: 1 });
        editor.focus();
      },
    });
  };

  return (
    <Box sx={{ height: '100%' }} aria-label={`Code editor: ${path}`} role="group">
      <Editor
        path={path}
        language="python"
        value={value}
        theme={dark ? 'vs-dark' : 'vs'}
        onChange={(text) => onChange(text ?? '')}
        onMount={handleMount}
        options={{
          minimap: { enabled: false },
          fontSize: 13,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          tabSize: 4,
          insertSpaces: true,
        }}
      />
    </Box>
  );
}
