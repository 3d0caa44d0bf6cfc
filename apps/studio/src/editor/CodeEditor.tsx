import Editor, { type OnMount } from '@monaco-editor/react';
import { Box } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodePreview } from './CodePreview';
import { syncDiagnostics } from './intellisense/diagnostics-sync';
import { registerEditorContext } from './intellisense/editor-context-registry';
import type { CodeEditorInstance, Monaco } from './intellisense/monaco-types';
import { registerPythonIntellisense } from './intellisense/register-intellisense';
import { intelContextFromWorkspace, subscribeToWorkspace } from './intellisense/workspace-intel-context';
import { useMonacoWhenWanted } from './use-monaco-when-wanted';

export interface CodeEditorHandle {
  goToLine(line: number): void;
}

interface CodeEditorProps {
  path: string;
  value: string;
  onChange(value: string): void;
  onReady?(handle: CodeEditorHandle): void;
  /** Ctrl/Cmd+Enter in the editor: run the handler. */
  onRunShortcut?(): void;
}

/** inner.py in Monaco, loaded only when first shown so it never delays the form. */
export function CodeEditor({ path, value, onChange, onReady, onRunShortcut }: CodeEditorProps) {
  const { t } = useTranslation();
  const { ready: monacoReady, want: wantMonaco } = useMonacoWhenWanted();
  const [mounted, setMounted] = useState<{ editor: CodeEditorInstance; monaco: Monaco } | undefined>();
  // The command is bound once at mount; the ref lets it call the latest handler.
  const runShortcut = useRef(onRunShortcut);
  runShortcut.current = onRunShortcut;
  const { mode, systemMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';

  // The providers find this file's element through its model URI (the one @monaco-editor/react
  // gives the model for `path`).
  useEffect(() => {
    if (mounted === undefined) return undefined;
    const folder = path.slice(0, path.lastIndexOf('/'));
    return registerEditorContext(mounted.monaco.Uri.parse(path).toString(), () =>
      intelContextFromWorkspace(folder),
    );
  }, [mounted, path]);

  useEffect(() => {
    if (mounted === undefined) return undefined;
    return syncDiagnostics(mounted.monaco, mounted.editor, subscribeToWorkspace);
  }, [mounted]);

  if (!monacoReady) {
    return <CodePreview label={t('editor.label', { path })} code={value} onWant={wantMonaco} />;
  }

  const handleMount: OnMount = (editor, monaco) => {
    registerPythonIntellisense(monaco);
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runShortcut.current?.());
    setMounted({ editor, monaco });
    onReady?.({
      goToLine(line) {
        // It may have been hidden until now (another file was shown), so it measures itself first.
        editor.layout();
        editor.revealLineInCenter(line);
        editor.setPosition({ lineNumber: line, column: 1 });
        editor.focus();
      },
    });
  };

  return (
    <Box sx={{ height: '100%' }} aria-label={t('editor.label', { path })} role="group">
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
