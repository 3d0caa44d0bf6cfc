import type { AppContext } from '@event-studio/runtime';
import type { TFunction } from 'i18next';
import { appTextString } from '../app-text/AppText';

/** What a model, workflow or service row shows; the icon is chosen by kind. */
export type ContextKind = 'model' | 'workflow' | 'service';

/** One row of the element tree, in display order: section headings, events, then the context. */
export type TreeEntry =
  | { kind: 'heading'; key: string; title: string }
  | { kind: 'event'; key: string; folder: string }
  | { kind: ContextKind; key: string; folder: string; primary: string; secondary: string };

/**
 * The tree's rows as one flat list, so the tree can render only those in view. An event's title
 * is not here: it changes as the user types, and is read when its row is rendered.
 */
export function treeEntries(events: readonly string[], context: AppContext, t: TFunction): TreeEntry[] {
  const heading = (key: string, title: string): TreeEntry => ({ kind: 'heading', key: `#${key}`, title });
  return [
    heading('events', t('tree.approvalEvents')),
    ...events.map((folder): TreeEntry => ({ kind: 'event', key: folder, folder })),
    heading('models', t('tree.models')),
    ...[...context.models.values()].map(
      (model): TreeEntry => ({
        kind: 'model',
        key: model.folder,
        folder: model.folder,
        primary: model.title ?? model.fullName,
        secondary: t('tree.modelSummary', {
          fullName: appTextString(model.fullName),
          fields: model.fields.length,
        }),
      }),
    ),
    heading('workflows', t('tree.workflows')),
    ...context.workflows.map(
      (workflow): TreeEntry => ({
        kind: 'workflow',
        key: workflow.folder,
        folder: workflow.folder,
        primary: workflow.title ?? workflow.fullName,
        secondary: appTextString(workflow.model),
      }),
    ),
    heading('services', t('tree.services')),
    ...[...context.services.values()].map(
      (service): TreeEntry => ({
        kind: 'service',
        key: service.folder,
        folder: service.folder,
        primary: service.title ?? service.fullName,
        secondary: service.functions.map((f) => appTextString(f.name)).join(', '),
      }),
    ),
  ];
}

/** The row index of an element's folder, or -1. */
export function entryIndexOf(entries: readonly TreeEntry[], folder: string): number {
  return entries.findIndex((entry) => entry.kind !== 'heading' && entry.folder === folder);
}
