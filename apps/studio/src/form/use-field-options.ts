import { type AppContext, analysePython, type ElementDraft, OPERATES } from '@event-studio/runtime';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { appTextString } from '../app-text/AppText';
import type { FieldOption } from './fields/field-props';
import { triggerNodeOptions, workflowNodes } from './node-options';

/** Models an approval event can watch: those with an approval workflow, the current one always. */
function modelOptions(t: TFunction, context: AppContext, current: string): FieldOption[] {
  const bound = new Set(context.workflows.map((w) => w.model));
  const options = [...context.models.values()]
    .filter((m) => bound.has(m.fullName))
    .map((m) => ({
      value: m.fullName,
      label: m.title ? `${appTextString(m.title)} (${m.fullName})` : m.fullName,
    }));
  if (current && !options.some((o) => o.value === current))
    options.push({ value: current, label: t('form.notFound', { name: current }) });
  return options;
}

function functionOptions(funcType: string, context: AppContext, innerPy: string | undefined): string[] {
  if (funcType === 'global') {
    return [...context.services.values()].flatMap((s) => s.functions.map((f) => `${s.fullName}.${f.name}`));
  }
  if (innerPy === undefined) return [];
  return analysePython(innerPy, 'inner.py').functions.map((f) => `inner.${f.name}`);
}

const plain = (values: readonly string[]): FieldOption[] => values.map((value) => ({ value, label: value }));

/**
 * The choices of the form's pickers, each kept until what it depends on changes, so the fields
 * (memoised) see the same arrays while the user types in another one.
 */
export function useFieldOptions(
  t: TFunction,
  context: AppContext,
  draft: Pick<ElementDraft, 'model' | 'operate' | 'spelling' | 'handleNode' | 'funcType'>,
  innerPy: string | undefined,
) {
  const { model, operate, spelling, handleNode, funcType } = draft;
  const nodes = useMemo(() => workflowNodes(context, { model }), [context, model]);
  const handled = nodes.find((n) => n.id === handleNode);
  const modelChoices = useMemo(() => modelOptions(t, context, model), [t, context, model]);
  const operateChoices = useMemo(
    () => plain([...OPERATES, ...(OPERATES.includes(operate as never) ? [] : [operate])]),
    [operate],
  );
  const triggerNode = useMemo(() => triggerNodeOptions(t, nodes, spelling), [t, nodes, spelling]);
  const handleNodeChoices = useMemo(
    () =>
      nodes
        .filter((n) => n.kind !== 'end' || n.id === handleNode)
        .map((n) => ({ value: n.id, label: `${appTextString(n.title)} (${n.id})` })),
    [nodes, handleNode],
  );
  const handleType = useMemo(() => plain(handled?.handles.map((h) => h.name) ?? []), [handled]);
  const funcTypeChoices = useMemo(
    () => [
      { value: 'inner', label: t('form.funcTypeInner') },
      { value: 'global', label: t('form.funcTypeGlobal') },
    ],
    [t],
  );
  const func = useMemo(() => functionOptions(funcType, context, innerPy), [funcType, context, innerPy]);
  return {
    model: modelChoices,
    operate: operateChoices,
    triggerNode,
    handleNode: handleNodeChoices,
    handleType,
    funcType: funcTypeChoices,
    func,
  };
}
