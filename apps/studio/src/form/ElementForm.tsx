import {
  type AppContext,
  analysePython,
  draftOf,
  type ElementDraft,
  fullNameOf,
  OPERATES,
  parseElement,
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
import type { TFunction } from 'i18next';
import { memo, useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EventWorkflowDiagram } from '../workflow-diagram/EventWorkflowDiagram';
import { useFileText, useWorkspaceValue } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { type DraftField, fieldOfIssue, messagesByField } from './issue-fields';
import { triggerNodeOptions, workflowNodes } from './node-options';
import { issuesOfDraft, type ResolverContext, runtimeResolver } from './runtime-resolver';

/** What an operate means, in a line; nothing for an operate the runtime does not know. */
function operateHelp(t: TFunction, operate: string): string | undefined {
  const known = OPERATES.find((op) => op === operate);
  return known && t(`form.operateHelp.${known}`);
}

/** Models an approval event can watch: those with an approval workflow, the current one always. */
function modelOptions(
  t: TFunction,
  context: AppContext,
  current: string,
): { value: string; label: string }[] {
  const bound = new Set(context.workflows.map((w) => w.model));
  const options = [...context.models.values()]
    .filter((m) => bound.has(m.fullName))
    .map((m) => ({ value: m.fullName, label: m.title ? `${m.title} (${m.fullName})` : m.fullName }));
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current, label: t('form.notFound', { name: current }) });
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
export const ElementForm = memo(function ElementForm({ folder }: { folder: string }) {
  const { t } = useTranslation();
  const context = useWorkspaceValue((s) => s.context);
  const events = useWorkspaceValue((s) => s.events);
  const eJsonPath = `${folder}/e.json`;
  const eJsonText = useFileText(eJsonPath);
  const innerPy = useFileText(`${folder}/inner.py`);
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
        {t('form.cannotEdit', { path: eJsonPath, problems: parsed.issues.map((i) => i.message).join(' ') })}
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
      helperText: found
        ? found.severity === 'warning'
          ? t('form.warningPrefix', { message: found.message })
          : found.message
        : fallback,
    };
  };
  const nodes = workflowNodes(context, draft);
  const handleNode = nodes.find((n) => n.id === draft.handleNode);

  return (
    <Box
      component="form"
      aria-label={t('form.label')}
      noValidate
      onSubmit={(e) => e.preventDefault()}
      sx={{ p: 2 }}
    >
      <Stack spacing={2}>
        <Controller
          name="title"
          control={form.control}
          render={({ field }) => <TextField {...field} label={t('form.title')} {...help('title')} />}
        />
        <Controller
          name="model"
          control={form.control}
          render={({ field }) => (
            <TextField {...field} select label={t('form.model')} {...help('model', t('form.modelHelp'))}>
              {modelOptions(t, context, field.value).map((o) => (
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
            <TextField
              {...field}
              select
              label={t('form.operate')}
              {...help('operate', operateHelp(t, field.value))}
            >
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
              const options = triggerNodeOptions(t, nodes, draft.spelling);
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
                      label={t('form.triggerNodes')}
                      {...help('triggerNode', t('form.triggerNodesHelp'))}
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
                  label={t('form.handleNode')}
                  {...help('handleNode', t('form.handleNodeHelp'))}
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
                      label={t('form.handleTypes')}
                      {...help('handleType', t('form.handleTypesHelp'))}
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
            <TextField {...field} select label={t('form.funcType')} {...help('funcType')}>
              <MenuItem value="inner">{t('form.funcTypeInner')}</MenuItem>
              <MenuItem value="global">{t('form.funcTypeGlobal')}</MenuItem>
            </TextField>
          )}
        />
        {draft.spelling === 'newer' && draft.funcType === 'inner' ? (
          <TextField
            label={t('form.func')}
            value="inner.customFunc"
            disabled
            helperText={help('func', t('form.funcNewerHelp')).helperText}
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
                    label={t('form.func')}
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
                label={t('form.enabled')}
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
          <Box component="ul" aria-label={t('form.otherProblems')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
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
                  {i.line === undefined ? '' : t('form.atLine', { line: i.line })}
                </Typography>
              </Alert>
            ))}
          </Box>
        )}
        <Typography variant="caption" color="text.secondary">
          {t('form.savedTo', {
            spelling: parsed.element.spelling === 'seed' ? t('form.seedSpelling') : t('form.newerSpelling'),
            path: eJsonPath,
          })}
        </Typography>
      </Stack>
    </Box>
  );
});
