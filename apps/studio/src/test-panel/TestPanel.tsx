import {
  buildRunRequest,
  type EventInput,
  fullNameOf,
  parseElement,
  type RunResult,
  readText,
  type SampleRow,
  sampleRow,
  statusValues,
  workflowForModel,
} from '@event-studio/runtime';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import StopIcon from '@mui/icons-material/Stop';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { startSandbox } from '../sandbox/sandbox-instance';
import { useSandboxState } from '../sandbox/use-sandbox-state';
import { useWorkspace } from '../workspace/use-workspace';
import { RunResultView } from './RunResultView';

function parseRow(text: string): { row?: SampleRow; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { error: 'The sample row must be a JSON object of field → value.' };
    }
    return { row: value as SampleRow };
  } catch (error) {
    return { error: `The sample row is not valid JSON: ${(error as Error).message}` };
  }
}

/** Runs the open element's handler on a sample row and shows what it did. */
export function TestPanel({
  folder,
  onGoToLine,
  runRef,
}: {
  folder: string;
  onGoToLine: (line: number) => void;
  /** Set to this panel's Run, so the editor's Ctrl+Enter can press it. */
  runRef?: { current: (() => void) | undefined };
}) {
  const { tree, context } = useWorkspace();
  const sandboxState = useSandboxState();
  const element = useMemo(
    () => parseElement(folder, readText(tree, `${folder}/e.json`) ?? '').element,
    [tree, folder],
  );
  const model = element ? context.models.get(element.model) : undefined;
  const nodes = element ? (workflowForModel(context, element.model)?.nodes ?? []) : [];

  const [rowText, setRowText] = useState(() => JSON.stringify(model ? sampleRow(model) : {}, null, 2));
  const [input, setInput] = useState<EventInput>({});
  const [result, setResult] = useState<RunResult | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [running, setRunning] = useState(false);

  if (!element) return null;
  const parsedRow = parseRow(rowText);
  const set = (patch: Partial<EventInput>) => setInput((current) => ({ ...current, ...patch }));
  const handleNode = nodes.find((n) => n.id === (input.nodeId ?? element.handleNode));

  const run = async () => {
    if (!parsedRow.row) return;
    setRunning(true);
    setFailure(undefined);
    const built = buildRunRequest(tree, context, { fullName: fullNameOf(folder), row: parsedRow.row, input });
    try {
      if (!built.ok) throw new Error(built.message);
      setResult(await startSandbox().run(built.request));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };

  if (runRef) runRef.current = () => void (running ? undefined : run());

  return (
    <Box component="section" aria-label="Test run" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Autocomplete
          freeSolo
          options={statusValues(element.spelling)}
          value={input.status ?? ''}
          onInputChange={(_e, value) => set({ status: value || undefined })}
          sx={{ width: 180 }}
          renderInput={(params) => <TextField {...params} label="Status" placeholder="approved" />}
        />
        {element.operate === 'NodeChange' && (
          <TextField
            select
            label="Reached node"
            value={input.triggerNode ?? element.triggerNode[0] ?? ''}
            onChange={(e) => set({ triggerNode: e.target.value })}
            sx={{ width: 220 }}
          >
            {nodes.map((n) => (
              <MenuItem key={n.id} value={element.spelling === 'newer' ? `after.${n.id}` : n.id}>
                {n.title} ({n.id})
              </MenuItem>
            ))}
          </TextField>
        )}
        {element.operate === 'NodeHandled' && (
          <>
            <TextField
              select
              label="Handled node"
              value={input.nodeId ?? element.handleNode ?? ''}
              onChange={(e) =>
                set({ nodeId: e.target.value, nodeTitle: nodes.find((n) => n.id === e.target.value)?.title })
              }
              sx={{ width: 220 }}
            >
              {nodes.map((n) => (
                <MenuItem key={n.id} value={n.id}>
                  {n.title} ({n.id})
                </MenuItem>
              ))}
            </TextField>
            <Autocomplete
              freeSolo
              options={[
                ...new Set([...element.handleType, ...(handleNode?.handles.map((h) => h.name) ?? [])]),
              ]}
              value={input.handleType ?? element.handleType[0] ?? ''}
              onInputChange={(_e, value) => set({ handleType: value || undefined })}
              sx={{ width: 180 }}
              renderInput={(params) => <TextField {...params} label="Action" />}
            />
          </>
        )}
        <Tooltip
          title={sandboxState === 'loading' ? 'Python is still loading; the run starts when it is ready' : ''}
        >
          <span>
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon />}
              onClick={run}
              disabled={running || !parsedRow.row}
              sx={{ height: 40 }}
            >
              Run
            </Button>
          </span>
        </Tooltip>
        {running && (
          <Button
            variant="outlined"
            color="error"
            startIcon={<StopIcon />}
            onClick={() => startSandbox().interrupt()}
            sx={{ height: 40 }}
          >
            Stop
          </Button>
        )}
      </Stack>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mt: 2 }}>
        <Box sx={{ flex: '0 0 320px' }}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="subtitle2" component="h3">
              Sample row ({element.model})
            </Typography>
            <Button
              startIcon={<RestartAltIcon />}
              onClick={() => setRowText(JSON.stringify(model ? sampleRow(model) : {}, null, 2))}
            >
              Reset
            </Button>
          </Stack>
          <TextField
            label="Sample row (JSON)"
            multiline
            minRows={8}
            maxRows={16}
            value={rowText}
            onChange={(e) => setRowText(e.target.value)}
            error={Boolean(parsedRow.error)}
            helperText={parsedRow.error}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {failure && <Alert severity="error">{failure}</Alert>}
          {running && !result && (
            <Typography role="status" color="text.secondary">
              {sandboxState === 'loading' ? 'Waiting for Python to load…' : 'Running…'}
            </Typography>
          )}
          {result && <RunResultView result={result} onGoToLine={onGoToLine} />}
          {!result && !running && !failure && (
            <Typography color="text.secondary" variant="body2">
              Press Run to call the handler on the sample row in real Python. Nothing is saved anywhere.
            </Typography>
          )}
        </Box>
      </Stack>
    </Box>
  );
}
