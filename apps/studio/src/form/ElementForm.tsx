import {
  type AppContext,
  analysePython,
  draftOf,
  type ElementDraft,
  fullNameOf,
  OPERATES,
  parseElement,
  readText,
  type ValidationIssue,
  writeElement,
} from '@event-studio/runtime';
import {
  Alert,
  Autocomplete,
  Box,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { EventWorkflowDiagram } from '../workflow-diagram/EventWorkflowDiagram';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { type DraftField, fieldOfIssue, messagesByField } from './issue-fields';
import { triggerNodeOptions, workflowNodes } from './node-options';
import { issuesOfDraft, type ResolverContext, runtimeResolver } from './runtime-resolver';

const OPERATE_HELP: Record<string, string> = {
  Process: 'Runs when the approval status changes',
  NodeChange: 'Runs when the workflow reaches one of the trigger nodes',
  NodeHandled: 'Runs when an approver acts on the handle node',
};

/** Models an approval event can watch: those with an approval workflow, the current one always. */
function modelOptions(context: AppContext, current: string): { value: string; label: string }[] {
  const bound = new Set(context.workflows.map((w) => w.model));
  const options = [...context.models.values()]
    .filter((m) => bound.has(m.fullName))
    .map((m) => ({ value: m.fullName, label: m.title ? `${m.title} (${m.fullName})` : m.fullName }));
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current, label: `${current} (not found)` });
  return options;
}

function functionOptions(draft: ElementDraft, context: AppContext, innerPy: string | undefined): string[] {
  if (draft.funcType === 'global') {
    return [...context.services.values()].flatMap((s) => s.functions.map((f) => `${s.fullName}.${f.name}`));
  }
  if (innerPy === undefined) return [];
  return analysePython(innerPy, 'inner.py').functions.map((f) => `inner.${f.name}`);
}

/** The fields the form shows for a draft: the operate decides which node settings appear. */
function visibleFields(draft: ElementDraft): Set<DraftField> {
  const fields = new Set<DraftField>(['title', 'model', 'operate', 'funcType', 'func']);
  if (draft.spelling === 'newer') fields.add('enable');
  if (draft.operate === 'NodeChange') fields.add('triggerNode');
  if (draft.operate === 'NodeHandled') for (const f of ['handleNode', 'handleType'] as const) fields.add(f);
  return fields;
}

/** Whether an issue appears on one of the visible fields (the rest are listed below the form). */
function isShownOn(issue: ValidationIssue, visible: Set<DraftField>): boolean {
  const field = fieldOfIssue(issue);
  return field !== undefined && visible.has(field);
}

/** The form for one approval event: every change is written to its e.json at once. */
export function ElementForm({ folder }: { folder: string }) {
  const { tree, context, events } = useWorkspace();
  const eJsonPath = `${folder}/e.json`;
  const eJsonText = readText(tree, eJsonPath);
  const innerPy = readText(tree, `${folder}/inner.py`);
  const parsed = useMemo(() => parseElement(folder, eJsonText ?? ''), [folder, eJsonText]);
  const otherFullNames = useMemo(() => events.filter((f) => f !== folder).map(fullNameOf), [events, folder]);
  const resolverContext = useMemo<ResolverContext>(
    () => ({ folder, eJsonText, innerPy, context, otherFullNames }),
    [folder, eJsonText, innerPy, context, otherFullNames],
  );

  // The form owns the values while it is open; it is re-created (by key) when another element opens.
  const form = useForm<ElementDraft, ResolverContext>({
    defaultValues: parsed.element ? draftOf(parsed.element) : undefined,
    resolver: runtimeResolver,
    context: resolverContext,
    mode: 'onChange',
  });
  const draft = useWatch({ control: form.control }) as ElementDraft;

  useEffect(() => {
    const subscription = form.watch((values) => {
      const current = workspace.readFile(eJsonPath);
      const next = writeElement(current, values as ElementDraft);
      if (next !== current) workspace.writeFiles({ [eJsonPath]: next });
    });
    return () => subscription.unsubscribe();
  }, [form, eJsonPath]);

  const issues = useMemo(
    () => (parsed.element ? issuesOfDraft(draft, resolverContext) : parsed.issues),
    [draft, parsed, resolverContext],
  );

  if (!parsed.element) {
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {eJsonPath} cannot be edited in the form: {parsed.issues.map((i) => i.message).join(' ')}
      </Alert>
    );
  }

  const visible = visibleFields(draft);
  const byField = messagesByField(issues.filter((i) => isShownOn(i, visible)));
  const elsewhere = issues.filter((i) => !isShownOn(i, visible));
  const help = (field: DraftField, fallback?: string) => {
    const found = byField[field];
    return {
      error: found?.severity === 'error',
      helperText: found ? `${found.severity === 'warning' ? 'Warning: ' : ''}${found.message}` : fallback,
    };
  };
  const nodes = workflowNodes(context, draft);
  const handleNode = nodes.find((n) => n.id === draft.handleNode);

  return (
    <Box
      component="form"
      aria-label="Approval event"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      sx={{ p: 2 }}
    >
      <Stack spacing={2}>
        <Controller
          name="title"
          control={form.control}
          render={({ field }) => <TextField {...field} label="Title" {...help('title')} />}
        />
        <Controller
          name="model"
          control={form.control}
          render={({ field }) => (
            <TextField
              {...field}
              select
              label="Model"
              {...help('model', 'The model whose approval workflow is watched')}
            >
              {modelOptions(context, field.value).map((o) => (
                <MenuItem key={o.value} value={o.value}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          name="operate"
          control={form.control}
          render={({ field }) => (
            <TextField {...field} select label="Operate" {...help('operate', OPERATE_HELP[field.value])}>
              {[...OPERATES, ...(OPERATES.includes(field.value as never) ? [] : [field.value])].map((op) => (
                <MenuItem key={op} value={op}>
                  {op}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        {draft.operate === 'NodeChange' && (
          <Controller
            name="triggerNode"
            control={form.control}
            render={({ field }) => {
              const options = triggerNodeOptions(nodes, draft.spelling);
              return (
                <Autocomplete
                  multiple
                  freeSolo
                  options={options.map((o) => o.value)}
                  getOptionLabel={(value) => options.find((o) => o.value === value)?.label ?? value}
                  value={field.value ?? []}
                  onChange={(_e, value) => field.onChange(value)}
                  renderValue={(value, getItemProps) =>
                    value.map((v, index) => (
                      <Chip size="small" label={v} {...getItemProps({ index })} key={v} />
                    ))
                  }
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label="Trigger nodes"
                      {...help('triggerNode', 'The nodes whose arrival fires the event')}
                    />
                  )}
                />
              );
            }}
          />
        )}
        {draft.operate === 'NodeHandled' && (
          <>
            <Controller
              name="handleNode"
              control={form.control}
              render={({ field }) => (
                <TextField
                  {...field}
                  value={field.value ?? ''}
                  select
                  label="Handle node"
                  {...help('handleNode', 'The node whose handling fires the event')}
                >
                  {nodes
                    .filter((n) => n.kind !== 'end' || n.id === field.value)
                    .map((n) => (
                      <MenuItem key={n.id} value={n.id}>
                        {n.title} ({n.id})
                      </MenuItem>
                    ))}
                </TextField>
              )}
            />
            <Controller
              name="handleType"
              control={form.control}
              render={({ field }) => (
                <Autocomplete
                  multiple
                  freeSolo
                  options={handleNode?.handles.map((h) => h.name) ?? []}
                  value={field.value ?? []}
                  onChange={(_e, value) => field.onChange(value)}
                  renderValue={(value, getItemProps) =>
                    value.map((v, index) => (
                      <Chip size="small" label={v} {...getItemProps({ index })} key={v} />
                    ))
                  }
                  renderInput={(params) => (
                    <TextField
                      {...params}
                      label="Handle types"
                      {...help('handleType', 'The actions that fire it; empty means any action')}
                    />
                  )}
                />
              )}
            />
          </>
        )}
        {(draft.operate === 'NodeChange' || draft.operate === 'NodeHandled') && (
          <EventWorkflowDiagram draft={draft} context={context} form={form} />
        )}
        <Controller
          name="funcType"
          control={form.control}
          render={({ field }) => (
            <TextField {...field} select label="Function type" {...help('funcType')}>
              <MenuItem value="inner">Inner: a function in this element’s inner.py</MenuItem>
              <MenuItem value="global">Global: a service function</MenuItem>
            </TextField>
          )}
        />
        {draft.spelling === 'newer' && draft.funcType === 'inner' ? (
          <TextField
            label="Function"
            value="inner.customFunc"
            disabled
            helperText={help('func', 'The newer spelling always calls customFunc in inner.py').helperText}
            error={help('func').error}
          />
        ) : (
          <Controller
            name="func"
            control={form.control}
            render={({ field }) => (
              <Autocomplete
                freeSolo
                options={functionOptions(draft, context, innerPy)}
                value={field.value ?? ''}
                onChange={(_e, value) => field.onChange(value ?? '')}
                onInputChange={(_e, value, reason) => reason === 'input' && field.onChange(value)}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label="Function"
                    {...help(
                      'func',
                      draft.funcType === 'global' ? 'services.<Service>.<function>' : 'inner.<function>',
                    )}
                  />
                )}
              />
            )}
          />
        )}
        {draft.spelling === 'newer' && (
          <Controller
            name="enable"
            control={form.control}
            render={({ field }) => (
              <FormControlLabel
                label="Enabled"
                control={
                  <Switch
                    checked={field.value !== 0}
                    onChange={(_e, checked) => field.onChange(checked ? 1 : 0)}
                  />
                }
              />
            )}
          />
        )}
        {elsewhere.length > 0 && (
          <Box component="ul" aria-label="Other problems" sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {elsewhere.map((i) => (
              <Alert
                component="li"
                key={`${i.code}${i.file}${i.pointer}${i.line ?? ''}`}
                severity={i.severity === 'error' ? 'error' : 'warning'}
                sx={{ mb: 1, py: 0 }}
              >
                {i.message}
                <Typography variant="caption" component="div" color="text.secondary">
                  {i.file}
                  {i.pointer ? ` ${i.pointer}` : ''}
                  {i.line === undefined ? '' : `, line ${i.line}`}
                </Typography>
              </Alert>
            ))}
          </Box>
        )}
        <Typography variant="caption" color="text.secondary">
          {parsed.element.spelling === 'seed' ? 'Seed spelling' : 'Newer spelling'} · saved to {eJsonPath}
        </Typography>
      </Stack>
    </Box>
  );
}
