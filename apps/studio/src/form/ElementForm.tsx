import {
  draftOf,
  type ElementDraft,
  fullNameOf,
  issueText,
  newerInnerFunc,
  OPERATES,
  parseElement,
  type ValidationIssue,
  writeElement,
} from '@event-studio/runtime';
import { Alert, Box, Stack, TextField, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { memo, useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAfterFirstPaint } from '../hooks/use-after-first-paint';
import { EventWorkflowDiagram } from '../workflow-diagram/EventWorkflowDiagram';
import { useFileText, useWorkspaceValue } from '../workspace/use-workspace';
import { whenIdle } from '../workspace/when-idle';
import { workspace } from '../workspace/workspace-store';
import { ChipsInput } from './fields/ChipsInput';
import { EnabledSwitch } from './fields/EnabledSwitch';
import { FunctionInput } from './fields/FunctionInput';
import { SelectInput } from './fields/SelectInput';
import { TextInput } from './fields/TextInput';
import { type DraftField, fieldOfIssue, messagesByField, sameIssues } from './issue-fields';
import { issuesOfElementJson, type ResolverContext, runtimeResolver } from './runtime-resolver';
import { useFieldOptions } from './use-field-options';

/** What an operate means, in a line; nothing for an operate the runtime does not know. */
function operateHelp(t: TFunction, operate: string): string | undefined {
  const known = OPERATES.find((op) => op === operate);
  return known && t(`form.operateHelp.${known}`);
}

/** The fields the form shows for a draft: the operate decides which node settings appear. */
function visibleFields(draft: Pick<ElementDraft, 'spelling' | 'operate'>): Set<DraftField> {
  const fields = new Set<DraftField>(['title', 'model', 'operate', 'funcType', 'func']);
  if (draft.spelling === 'newer') fields.add('enable');
  if (draft.operate === 'NodeChange') fields.add('triggerNode');
  if (draft.operate === 'NodeHandled') for (const f of ['handleNode', 'handleType'] as const) fields.add(f);
  return fields;
}

/** The error flag and message of a field, for a field drawn without a Controller. */
function pick({ error, helperText }: { error: boolean; helperText: string | undefined }) {
  return { error, helperText };
}

/** Whether an issue appears on one of the visible fields (the rest are listed below the form). */
function isShownOn(issue: ValidationIssue, visible: Set<DraftField>): boolean {
  const field = fieldOfIssue(issue);
  return field !== undefined && visible.has(field);
}

/** The form's fixed labels and help texts in the current language. */
function formTexts(t: TFunction) {
  return {
    enabled: t('form.enabled'),
    func: t('form.func'),
    funcNewerHelp: t('form.funcNewerHelp'),
    funcType: t('form.funcType'),
    handleNode: t('form.handleNode'),
    handleNodeHelp: t('form.handleNodeHelp'),
    handleTypes: t('form.handleTypes'),
    handleTypesHelp: t('form.handleTypesHelp'),
    label: t('form.label'),
    model: t('form.model'),
    modelHelp: t('form.modelHelp'),
    newerSpelling: t('form.newerSpelling'),
    operate: t('form.operate'),
    otherProblems: t('form.otherProblems'),
    seedSpelling: t('form.seedSpelling'),
    title: t('form.title'),
    triggerNodes: t('form.triggerNodes'),
    triggerNodesHelp: t('form.triggerNodesHelp'),
  };
}

/** The values the form's layout depends on: every field but the title, which only its input shows. */
const SHOWN_FIELDS = ['spelling', 'model', 'operate', 'funcType', 'handleNode', 'triggerNode'] as const;
type ShownDraft = Pick<ElementDraft, (typeof SHOWN_FIELDS)[number]>;

/**
 * The form for one approval event: every change is written to its e.json at once. The form itself
 * re-renders when a field its layout depends on changes, or its issues do; a keystroke in the
 * title only writes e.json and validates it.
 */
export const ElementForm = memo(function ElementForm({ folder }: { folder: string }) {
  const { t, i18n } = useTranslation();
  // Looked up once per language, not on every keystroke (a lookup is a few µs; the form has many).
  const text = useMemo(() => formTexts(t), [t]);
  const context = useWorkspaceValue((s) => s.context);
  const events = useWorkspaceValue((s) => s.events);
  const eJsonPath = `${folder}/e.json`;
  // The form is re-created (by key) when e.json is rewritten behind it (an undo, a rename), so the
  // text it opened with is where its values start; later it is the form that writes e.json.
  const [openedText] = useState(() => workspace.readFile(eJsonPath));
  const innerPy = useFileText(`${folder}/inner.py`);
  const parsed = useMemo(() => parseElement(folder, openedText ?? ''), [folder, openedText]);
  const otherFullNames = useMemo(() => events.filter((f) => f !== folder).map(fullNameOf), [events, folder]);
  const resolverContext = useMemo<ResolverContext>(
    () => ({
      folder,
      readElementJson: () => workspace.readFile(eJsonPath),
      innerPy,
      context,
      otherFullNames,
    }),
    [folder, eJsonPath, innerPy, context, otherFullNames],
  );

  // The form owns the values while it is open; it is re-created (by key) when another element opens.
  const form = useForm<ElementDraft, ResolverContext>({
    defaultValues: parsed.element ? draftOf(parsed.element) : undefined,
    resolver: runtimeResolver,
    context: resolverContext,
    mode: 'onChange',
  });
  const watched = useWatch({ control: form.control, name: SHOWN_FIELDS });
  const [spelling, model, operate, funcType, handleNode, triggerNode] = watched;
  const draft = useMemo<ShownDraft>(
    () => ({ spelling, model, operate, funcType, handleNode, triggerNode }),
    [spelling, model, operate, funcType, handleNode, triggerNode],
  );

  // On a cold load the form is painted before inner.py is analysed (for the Function field's
  // choices and the handler checks): parsing Python the first time is the form's costliest step,
  // and its answers can come a moment after the fields the user reaches for.
  const settled = useAfterFirstPaint();
  const [issues, setIssues] = useState<readonly ValidationIssue[]>(() =>
    parsed.element ? [] : parsed.issues,
  );
  useEffect(() => {
    if (!parsed.element) return;
    let cancelShow: (() => void) | undefined;
    // Kept while a change leaves them as they were, so the form does not re-render for it.
    const show = (eJsonText: string) => {
      cancelShow?.();
      cancelShow = undefined;
      if (!settled) return;
      const found = issuesOfElementJson(eJsonText, resolverContext);
      setIssues((shown) => (sameIssues(shown, found) ? shown : found));
    };
    show(writeElement(workspace.readFile(eJsonPath), form.getValues()));
    const subscription = form.watch((values, { name }) => {
      const draft = values as ElementDraft;
      if (name === 'title') {
        // The browser paints a typed character by itself: e.json is written (and the tree's row,
        // the markers and the preview follow it) and the form's issues found just after.
        workspace.writeFileSoon(eJsonPath, (current) => writeElement(current, draft));
        cancelShow?.();
        cancelShow = whenIdle(() => show(workspace.readFile(eJsonPath) ?? ''));
        return;
      }
      const current = workspace.readFile(eJsonPath);
      const next = writeElement(current, draft);
      if (next !== current) workspace.writeFiles({ [eJsonPath]: next });
      show(next);
    });
    return () => {
      subscription.unsubscribe();
      cancelShow?.();
    };
  }, [form, eJsonPath, parsed, resolverContext, settled]);

  const options = useFieldOptions(t, context, draft, settled ? innerPy : undefined);
  const triggerKey = JSON.stringify(draft.triggerNode ?? []);
  // The diagram needs five values; a draft object kept while they are the same lets it skip renders.
  const diagramDraft = useMemo(
    () => ({ model, operate, spelling, handleNode, triggerNode: JSON.parse(triggerKey) as string[] }),
    [model, operate, spelling, handleNode, triggerKey],
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
  // Each field gets its own label and message as strings: it re-renders only when they change.
  const field = <Name extends DraftField>(name: Name, label: string, fallback?: string) => {
    const found = byField[name];
    return {
      control: form.control,
      name,
      label,
      error: found?.severity === 'error',
      helperText: found
        ? found.severity === 'warning'
          ? t('form.warningPrefix', { message: issueText(found, i18n.language) })
          : issueText(found, i18n.language)
        : fallback,
    };
  };

  return (
    <Box
      component="form"
      aria-label={text.label}
      noValidate
      onSubmit={(e) => e.preventDefault()}
      sx={{ p: 2 }}
    >
      <Stack spacing={2}>
        <TextInput {...field('title', text.title)} defaultValue={form.formState.defaultValues?.title} />
        <SelectInput {...field('model', text.model, text.modelHelp)} options={options.model} />
        <SelectInput
          {...field('operate', text.operate, operateHelp(t, draft.operate))}
          options={options.operate}
        />
        {draft.operate === 'NodeChange' && (
          <ChipsInput
            {...field('triggerNode', text.triggerNodes, text.triggerNodesHelp)}
            options={options.triggerNode}
          />
        )}
        {draft.operate === 'NodeHandled' && (
          <>
            <SelectInput
              {...field('handleNode', text.handleNode, text.handleNodeHelp)}
              options={options.handleNode}
            />
            <ChipsInput
              {...field('handleType', text.handleTypes, text.handleTypesHelp)}
              options={options.handleType}
            />
          </>
        )}
        {(draft.operate === 'NodeChange' || draft.operate === 'NodeHandled') && (
          <EventWorkflowDiagram draft={diagramDraft} context={context} form={form} />
        )}
        <SelectInput {...field('funcType', text.funcType)} options={options.funcType} />
        {draft.spelling === 'newer' && draft.funcType === 'inner' ? (
          <TextField
            label={text.func}
            value={newerInnerFunc(parsed.element?.func ?? '')}
            disabled
            {...pick(field('func', text.func, text.funcNewerHelp))}
          />
        ) : (
          <FunctionInput
            {...field(
              'func',
              text.func,
              draft.funcType === 'global' ? 'services.<Service>.<function>' : 'inner.<function>',
            )}
            options={options.func}
          />
        )}
        {draft.spelling === 'newer' && <EnabledSwitch control={form.control} label={text.enabled} />}
        {elsewhere.length > 0 && (
          <Box component="ul" aria-label={text.otherProblems} sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {elsewhere.map((i) => (
              <Alert
                component="li"
                key={`${i.code}${i.file}${i.pointer}${i.line ?? ''}`}
                severity={i.severity === 'error' ? 'error' : 'warning'}
                sx={{ mb: 1, py: 0 }}
              >
                {issueText(i, i18n.language)}
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
            spelling: parsed.element.spelling === 'seed' ? text.seedSpelling : text.newerSpelling,
            path: eJsonPath,
          })}
        </Typography>
      </Stack>
    </Box>
  );
});
