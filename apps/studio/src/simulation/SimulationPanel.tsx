import {
  type ApprovalEvent,
  folderOf,
  HANDLE_CODES,
  isSimulationError,
  parseElement,
  planSimulation,
  readText,
  sampleRow,
  statusValues,
  type WorkflowNode,
  workflowForModel,
} from '@event-studio/runtime';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Autocomplete, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { startSandbox } from '../sandbox/sandbox-instance';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { parseSampleRow } from './parse-sample-row';
import { SimulationOutcome } from './SimulationOutcome';
import { useSimulation } from './use-simulation';

// Gateways are walked through and the end node is where it finishes: nobody acts at those.
const NOT_ACTABLE = new Set<WorkflowNode['kind']>(['end', 'branch', 'parallelStart', 'parallelEnd']);
const STATUS_OPTIONS = [...new Set([...statusValues('seed'), ...statusValues('newer')])];

/** The actions a node offers; every known action when its config lists no buttons. */
function actionsOf(node: WorkflowNode | undefined): { name: string; title?: string }[] {
  if (node && node.handles.length > 0) return node.handles;
  return Object.values(HANDLE_CODES).map((name) => ({ name }));
}

/**
 * Where to act until the user picks, so that the open element's own event fires: its handle node for
 * NodeHandled; for NodeChange, a node that links into its first trigger node (agreeing there reaches it).
 */
function defaultNode(
  element: ApprovalEvent,
  links: readonly { from: string; to: string }[],
): string | undefined {
  if (element.handleNode) return element.handleNode;
  const trigger = element.triggerNode[0]?.replace(/^(after|before)\./, '');
  return links.find((link) => link.to === trigger)?.from ?? trigger;
}

/** Simulates an approval action on the open element's model and shows the timeline of events it fires. */
export function SimulationPanel({
  folder,
  onGoToLine,
}: {
  folder: string;
  /** Jumps to a line of the open element's inner.py; errors in other elements open that element instead. */
  onGoToLine?: (line: number) => void;
}) {
  const { tree, context } = useWorkspace();
  const element = useMemo(
    () => parseElement(folder, readText(tree, `${folder}/e.json`) ?? '').element,
    [tree, folder],
  );
  const modelName = element?.model ?? '';
  const model = context.models.get(modelName);
  const workflow = workflowForModel(context, modelName);
  const nodes = (workflow?.nodes ?? []).filter((n) => !NOT_ACTABLE.has(n.kind));

  const [nodeChoice, setNodeChoice] = useState<string | undefined>();
  const [actionChoice, setActionChoice] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [rowText, setRowText] = useState(() => JSON.stringify(model ? sampleRow(model) : {}, null, 2));
  const [planError, setPlanError] = useState<string | undefined>();
  const { progress, simulate } = useSimulation();

  if (!element) {
    return (
      <Box component="section" aria-label="Simulation" sx={{ pt: 1 }}>
        <Alert severity="warning">
          This element's e.json cannot be read, so there is nothing to simulate.
        </Alert>
      </Box>
    );
  }

  const node =
    nodes.find((n) => n.id === (nodeChoice ?? defaultNode(element, workflow?.links ?? []))) ?? nodes[0];
  const actions = actionsOf(node);
  const action = actions.find((a) => a.name === actionChoice) ?? actions[0];
  const parsedRow = parseSampleRow(rowText);
  const running = progress !== undefined && !progress.result && !progress.failure;

  const start = () => {
    if ('error' in parsedRow || !node || !action) return;
    const plan = planSimulation(tree, context, {
      model: element.model,
      row: parsedRow.row,
      node: node.id,
      handleType: action.name,
      ...(status.trim() ? { status: status.trim() } : {}),
    });
    if (isSimulationError(plan)) {
      setPlanError(plan.error);
      return;
    }
    setPlanError(undefined);
    void simulate(tree, context, plan);
  };

  const goToLine = (fullName: string, line: number) => {
    const target = folderOf(fullName);
    if (target !== folder) workspace.select(target);
    else onGoToLine?.(line);
  };

  return (
    // The test panel around it already pads the sides.
    <Box component="section" aria-label="Simulation" sx={{ pt: 1 }}>
      {nodes.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {element.model || 'This element'} has no approval workflow in this app, so there is no action to
          simulate.
        </Alert>
      )}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          select
          label="Node"
          value={node?.id ?? ''}
          onChange={(e) => setNodeChoice(e.target.value)}
          disabled={nodes.length === 0}
          sx={{ width: 300 }}
        >
          {nodes.map((n) => (
            <MenuItem key={n.id} value={n.id}>
              {n.title} ({n.id})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Action"
          value={action?.name ?? ''}
          onChange={(e) => setActionChoice(e.target.value)}
          disabled={nodes.length === 0}
          sx={{ width: 200 }}
        >
          {actions.map((a) => (
            <MenuItem key={a.name} value={a.name}>
              {a.title && a.title !== a.name ? `${a.title} (${a.name})` : a.name}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          freeSolo
          options={STATUS_OPTIONS}
          inputValue={status}
          onInputChange={(_e, value) => setStatus(value)}
          sx={{ width: 200 }}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Status"
              placeholder="from the action"
              helperText="Optional override"
            />
          )}
        />
        <Button
          variant="contained"
          startIcon={<PlayArrowIcon />}
          onClick={start}
          disabled={running || !node || 'error' in parsedRow}
          sx={{ height: 40 }}
        >
          Simulate
        </Button>
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
              Row ({element.model})
            </Typography>
            <Button
              startIcon={<RestartAltIcon />}
              onClick={() => setRowText(JSON.stringify(model ? sampleRow(model) : {}, null, 2))}
            >
              Reset
            </Button>
          </Stack>
          <TextField
            label="Row (JSON)"
            fullWidth
            multiline
            minRows={8}
            maxRows={16}
            value={rowText}
            onChange={(e) => setRowText(e.target.value)}
            error={'error' in parsedRow}
            helperText={'error' in parsedRow ? parsedRow.error : 'The row the first handler sees.'}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {planError && <Alert severity="error">{planError}</Alert>}
          {!planError && progress && <SimulationOutcome progress={progress} onGoToLine={goToLine} />}
          {!planError && !progress && (
            <Typography color="text.secondary" variant="body2">
              Pick a node and an action, then Simulate: the app's approval events that the action fires run in
              order on this one row, in real Python. Nothing is saved anywhere.
            </Typography>
          )}
        </Box>
      </Stack>
    </Box>
  );
}
