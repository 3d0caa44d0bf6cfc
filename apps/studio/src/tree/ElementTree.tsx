import { fullNameOf } from '@event-studio/runtime';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BoltIcon from '@mui/icons-material/Bolt';
import ExtensionIcon from '@mui/icons-material/Extension';
import StorageIcon from '@mui/icons-material/Storage';
import { List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { memo, type ReactNode } from 'react';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

// Titles are read from e.json bytes; a file that did not change keeps its bytes object, so the
// tree re-parses only the e.json that was just edited (it re-renders on every keystroke).
const titleCache = new WeakMap<Uint8Array, string | undefined>();

function titleOf(eJson: Uint8Array | undefined): string | undefined {
  if (eJson === undefined) return undefined;
  if (titleCache.has(eJson)) return titleCache.get(eJson);
  let title: string | undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(eJson));
    const raw =
      typeof value === 'object' && value !== null ? (value as { title?: unknown }).title : undefined;
    title = typeof raw === 'string' && raw ? raw : undefined;
  } catch {
    title = undefined;
  }
  titleCache.set(eJson, title);
  return title;
}

const EventItem = memo(function EventItem({
  folder,
  title,
  selected,
}: {
  folder: string;
  title: string | undefined;
  selected: boolean;
}) {
  return (
    <ListItemButton
      selected={selected}
      onClick={() => workspace.select(folder)}
      aria-current={selected ? 'page' : undefined}
    >
      <ListItemIcon sx={{ minWidth: 30 }}>
        <BoltIcon fontSize="small" color="warning" />
      </ListItemIcon>
      <ListItemText
        primary={title ?? fullNameOf(folder)}
        secondary={fullNameOf(folder)}
        slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, sx: { fontSize: 11 } } }}
      />
    </ListItemButton>
  );
});

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
}: {
  folder: string;
  // A kind rather than an icon element, so memo sees equal props on every keystroke.
  kind: keyof typeof CONTEXT_ICONS;
  primary: string;
  secondary: string;
  selected: boolean;
}) {
  return (
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
  );
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
        {title}
      </ListSubheader>
      {children}
    </>
  );
}

/** The app's elements: approval events to edit, and what they refer to, to read. */
export function ElementTree() {
  const { tree, events, selected, context } = useWorkspace();
  return (
    <List dense component="nav" aria-label="Elements" sx={{ py: 0 }}>
      <Section title="Approval events">
        {events.map((folder) => (
          <EventItem
            key={folder}
            folder={folder}
            title={titleOf(tree.get(`${folder}/e.json`))}
            selected={folder === selected}
          />
        ))}
      </Section>
      <Section title="Models">
        {[...context.models.values()].map((model) => (
          <ContextItem
            key={model.fullName}
            folder={model.folder}
            kind="model"
            primary={model.title ?? model.fullName}
            secondary={`${model.fullName} · ${model.fields.length} fields`}
            selected={model.folder === selected}
          />
        ))}
      </Section>
      <Section title="Workflows">
        {context.workflows.map((workflow) => (
          <ContextItem
            key={workflow.fullName}
            folder={workflow.folder}
            kind="workflow"
            primary={workflow.title ?? workflow.fullName}
            secondary={workflow.model}
            selected={workflow.folder === selected}
          />
        ))}
      </Section>
      <Section title="Services">
        {[...context.services.values()].map((service) => (
          <ContextItem
            key={service.fullName}
            folder={service.folder}
            kind="service"
            primary={service.title ?? service.fullName}
            secondary={service.functions.map((f) => f.name).join(', ')}
            selected={service.folder === selected}
          />
        ))}
      </Section>
    </List>
  );
}
