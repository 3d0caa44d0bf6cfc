import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ExtensionIcon from '@mui/icons-material/Extension';
import StorageIcon from '@mui/icons-material/Storage';
import { List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { memo, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UnexportedMark } from '../workspace/UnexportedMark';
import { useUnexportedSummary } from '../workspace/use-unexported';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { EventActionDialogs } from './EventActionDialogs';
import { EventRow } from './EventRow';
import type { OnEventAction } from './event-action';
import { titleOf } from './event-title';
import { useEventActions } from './use-event-actions';

const CONTEXT_ICONS = {
  model: <StorageIcon fontSize="small" />,
  workflow: <AccountTreeIcon fontSize="small" />,
  service: <ExtensionIcon fontSize="small" />,
};

/** A model, workflow or service: opens its read-only view. */
const ContextItem = memo(function ContextItem({
  folder,
  kind,
  primary,
  secondary,
  selected,
  unexported,
}: {
  folder: string;
  // A kind rather than an icon element, so memo sees equal props on every keystroke.
  kind: keyof typeof CONTEXT_ICONS;
  primary: string;
  secondary: string;
  selected: boolean;
  unexported: boolean;
}) {
  return (
    <UnexportedMark unexported={unexported}>
      <ListItemButton
        selected={selected}
        onClick={() => workspace.select(folder)}
        aria-current={selected ? 'page' : undefined}
      >
        <ListItemIcon sx={{ minWidth: 30 }}>{CONTEXT_ICONS[kind]}</ListItemIcon>
        <ListItemText
          primary={primary}
          secondary={secondary}
          slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, sx: { fontSize: 11 } } }}
        />
      </ListItemButton>
    </UnexportedMark>
  );
});

/** An approval event's row with its unexported dot; memoised, so a keystroke re-renders one row. */
const EventTreeItem = memo(function EventTreeItem({
  folder,
  title,
  selected,
  unexported,
  onAction,
}: {
  folder: string;
  title: string | undefined;
  selected: boolean;
  unexported: boolean;
  onAction: OnEventAction;
}) {
  return (
    <UnexportedMark unexported={unexported}>
      <EventRow folder={folder} title={title} selected={selected} onAction={onAction} />
    </UnexportedMark>
  );
});

// Memoised apart from its section: the tree re-renders on every keystroke, its headings need not.
const SectionHeader = memo(function SectionHeader({ title }: { title: string }) {
  return (
    <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
      {title}
    </ListSubheader>
  );
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <SectionHeader title={title} />
      {children}
    </>
  );
}

/** The app's elements: approval events to edit, and what they refer to, to read. */
export function ElementTree() {
  const { t } = useTranslation();
  const { tree, events, selected, context } = useWorkspace();
  const list = useRef<HTMLElement>(null);
  const actions = useEventActions(list);
  // Elements changed since the last export get a dot (deleted ones have no row to show it on).
  const unexported = useUnexportedSummary().folders;
  return (
    <List ref={list} dense component="nav" aria-label={t('tree.label')} sx={{ py: 0 }}>
      <Section title={t('tree.approvalEvents')}>
        {events.map((folder) => (
          <EventTreeItem
            key={folder}
            folder={folder}
            title={titleOf(tree.get(`${folder}/e.json`))}
            selected={folder === selected}
            unexported={unexported.has(folder)}
            onAction={actions.onAction}
          />
        ))}
      </Section>
      <Section title={t('tree.models')}>
        {[...context.models.values()].map((model) => (
          <ContextItem
            key={model.fullName}
            folder={model.folder}
            kind="model"
            primary={model.title ?? model.fullName}
            secondary={t('tree.modelSummary', { fullName: model.fullName, fields: model.fields.length })}
            selected={model.folder === selected}
            unexported={unexported.has(model.folder)}
          />
        ))}
      </Section>
      <Section title={t('tree.workflows')}>
        {context.workflows.map((workflow) => (
          <ContextItem
            key={workflow.fullName}
            folder={workflow.folder}
            kind="workflow"
            primary={workflow.title ?? workflow.fullName}
            secondary={workflow.model}
            selected={workflow.folder === selected}
            unexported={unexported.has(workflow.folder)}
          />
        ))}
      </Section>
      <Section title={t('tree.services')}>
        {[...context.services.values()].map((service) => (
          <ContextItem
            key={service.fullName}
            folder={service.folder}
            kind="service"
            primary={service.title ?? service.fullName}
            secondary={service.functions.map((f) => f.name).join(', ')}
            selected={service.folder === selected}
            unexported={unexported.has(service.folder)}
          />
        ))}
      </Section>
      <EventActionDialogs pending={actions.pending} onDone={actions.finish} />
    </List>
  );
}
