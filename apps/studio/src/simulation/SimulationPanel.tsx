import {
  type ApprovalEvent,
  folderOf,
  HANDLE_CODES,
  isSimulationError,
  parseElement,
  planSimulation,
  type SampleRow,
  sampleRow,
  statusValues,
  type WorkflowNode,
  workflowForModel,
} from '@event-studio/runtime';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import StopIcon from '@mui/icons-material/Stop';
import { Alert, Autocomplete, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import { startSandbox } from '../sandbox/sandbox-instance';
import type { SampleRowsState } from '../test-panel/use-sample-rows';
import { useFileText, useWorkspaceValue } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { parseSampleRow } from './parse-sample-row';
import { SimulationOutcome } from './SimulationOutcome';
import type { SimulationFormState } from './use-simulation-form';

// Gateways are walked through and the end node is where it finishes: nobody acts at those.
const NOT_ACTABLE = new Set<WorkflowNode['kind']>(['end', 'branch', 'parallelStart', 'parallelEnd']);
const STATUS_OPTIONS = [...new Set([...statusValues('seed'), ...statusValues('newer')])];

/** A row as the JSON box shows it. */
function rowJson(row: SampleRow): string {
  return JSON.stringify(row, null, 2);
}

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
export const SimulationPanel = memo(function SimulationPanel({
  folder,
  state,
  rows,
  onGoToLine,
}: {
  folder: string;
  /** The tab's choices and last timeline, kept by the test panel across tab switches. */
  state: SimulationFormState;
  /** The Run tab's sample rows: the simulation starts from the one Run uses, or another the user picks. */
  rows: SampleRowsState;
  /** Jumps to a line of the open element's inner.py; errors in other elements open that element instead. */
  onGoToLine?: (line: number) => void;
}) {
  const { t } = useTranslation();
  const context = useWorkspaceValue((s) => s.context);
  const eJsonText = useFileText(`${folder}/e.json`);
  const element = useMemo(() => parseElement(folder, eJsonText ?? '').element, [eJsonText, folder]);
  const modelName = element?.model ?? '';
  const model = context.models.get(modelName);
  const workflow = workflowForModel(context, modelName);
  const nodes = (workflow?.nodes ?? []).filter((n) => !NOT_ACTABLE.has(n.kind));

  const { nodeChoice, setNodeChoice, actionChoice, setActionChoice, status, setStatus } = state;
  const { planError, setPlanError, progress, simulate, setRowText } = state;
  // Until the user edits it, the row is the Run tab's selected sample row, so both tabs test the same data.
  const selectedValues = rows.selected?.row.values;
  const sampleText = useMemo(
    () => rowJson(selectedValues ?? (model ? sampleRow(model) : {})),
    [selectedValues, model],
  );
  const rowText = state.rowText ?? sampleText;

  if (!element) {
    return (
      <Box component="section" aria-label={t('simulation.label')} sx={{ pt: 1 }}>
        <Alert severity="warning">{t('simulation.unreadable')}</Alert>
      </Box>
    );
  }

  const node =
    nodes.find((n) => n.id === (nodeChoice ?? defaultNode(element, workflow?.links ?? []))) ?? nodes[0];
  const actions = actionsOf(node);
  const action = actions.find((a) => a.name === actionChoice) ?? actions[0];
  const parsedRow = parseSampleRow(t, rowText);
  const running = progress !== undefined && !progress.result && !progress.failure;

  const start = () => {
    if ('error' in parsedRow || !node || !action) return;
    // The app as it is when the action starts (the code just typed), like Run.
    const { tree } = workspace.current();
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
    <Box component="section" aria-label={t('simulation.label')} sx={{ pt: 1 }}>
      {nodes.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('simulation.noWorkflow', { name: element.model || t('simulation.thisElement') })}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          select
          label={t('common.node')}
          value={node?.id ?? ''}
          onChange={(e) => setNodeChoice(e.target.value)}
          disabled={nodes.length === 0}
          sx={{ width: 300 }}
        >
          {nodes.map((n) => (
            <MenuItem key={n.id} value={n.id}>
              <AppText text={n.title} /> ({n.id})
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('common.action')}
          value={action?.name ?? ''}
          onChange={(e) => setActionChoice(e.target.value)}
          disabled={nodes.length === 0}
          sx={{ width: 200 }}
        >
          {actions.map((a) => (
            <MenuItem key={a.name} value={a.name}>
              {a.title && a.title !== a.name ? (
                <>
                  <AppText text={a.title} /> ({a.name})
                </>
              ) : (
                a.name
              )}
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
              label={t('common.status')}
              placeholder={t('simulation.statusPlaceholder')}
              helperText={t('simulation.statusHelp')}
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
          {t('simulation.simulate')}
        </Button>
        {running && (
          <Button
            variant="outlined"
            color="error"
            startIcon={<StopIcon />}
            onClick={() => startSandbox().interrupt()}
            sx={{ height: 40 }}
          >
            {t('common.stop')}
          </Button>
        )}
      </Stack>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mt: 2 }}>
        <Box sx={{ flex: '0 0 320px' }}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="subtitle2" component="h3">
              {t('simulation.rowHeading', { model: element.model })}
            </Typography>
            <Button startIcon={<RestartAltIcon />} onClick={() => setRowText(sampleText)}>
              {t('common.reset')}
            </Button>
          </Stack>
          {rows.rows.length > 1 && (
            <TextField
              select
              label={t('simulation.startFrom')}
              value={String(rows.rows.findIndex((r) => rowJson(r.values) === rowText))}
              onChange={(e) => {
                const picked = rows.rows[Number(e.target.value)];
                if (picked) setRowText(rowJson(picked.values));
              }}
              sx={{ mb: 1.5 }}
            >
              <MenuItem value="-1" sx={{ display: 'none' }}>
                {t('simulation.editedRow')}
              </MenuItem>
              {rows.rows.map((r, index) => (
                <MenuItem key={r.id} value={String(index)}>
                  {t('simulation.sampleRow', { number: index + 1 })}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            label={t('simulation.rowJson')}
            fullWidth
            multiline
            minRows={8}
            maxRows={16}
            value={rowText}
            onChange={(e) => setRowText(e.target.value)}
            error={'error' in parsedRow}
            helperText={'error' in parsedRow ? parsedRow.error : t('simulation.rowHelp')}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          {planError && <Alert severity="error">{planError}</Alert>}
          {!planError && progress && <SimulationOutcome progress={progress} onGoToLine={goToLine} />}
          {!planError && !progress && (
            <Typography color="text.secondary" variant="body2">
              {t('simulation.intro')}
            </Typography>
          )}
        </Box>
      </Stack>
    </Box>
  );
});
