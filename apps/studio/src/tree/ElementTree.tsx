import { fullNameOf, readText } from '@event-studio/runtime';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BoltIcon from '@mui/icons-material/Bolt';
import ExtensionIcon from '@mui/icons-material/Extension';
import StorageIcon from '@mui/icons-material/Storage';
import { List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import type { ReactNode } from 'react';
import { useWorkspace } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';

function titleOf(eJson: string | undefined): string | undefined {
  try {
    const title: unknown = eJson === undefined ? undefined : JSON.parse(eJson).title;
    return typeof title === 'string' && title ? title : undefined;
  } catch {
    return undefined;
  }
}

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

/** The app's elements: approval events to edit, and what they refer to, for orientation. */
export function ElementTree() {
  const { tree, events, selected, context } = useWorkspace();
  return (
    <List dense component="nav" aria-label="Elements" sx={{ py: 0 }}>
      <Section title="Approval events">
        {events.map((folder) => (
          <ListItemButton
            key={folder}
            selected={folder === selected}
            onClick={() => workspace.select(folder)}
            aria-current={folder === selected ? 'page' : undefined}
          >
            <ListItemIcon sx={{ minWidth: 30 }}>
              <BoltIcon fontSize="small" color="warning" />
            </ListItemIcon>
            <ListItemText
              primary={titleOf(readText(tree, `${folder}/e.json`)) ?? fullNameOf(folder)}
              secondary={fullNameOf(folder)}
              slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, sx: { fontSize: 11 } } }}
            />
          </ListItemButton>
        ))}
      </Section>
      <Section title="Models">
        {[...context.models.values()].map((model) => (
          <ListItem key={model.fullName}>
            <ListItemIcon sx={{ minWidth: 30 }}>
              <StorageIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText
              primary={model.title ?? model.fullName}
              secondary={`${model.fields.length} fields`}
            />
          </ListItem>
        ))}
      </Section>
      <Section title="Workflows">
        {context.workflows.map((workflow) => (
          <ListItem key={workflow.fullName}>
            <ListItemIcon sx={{ minWidth: 30 }}>
              <AccountTreeIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={workflow.title ?? workflow.fullName} secondary={workflow.model} />
          </ListItem>
        ))}
      </Section>
      <Section title="Services">
        {[...context.services.values()].map((service) => (
          <ListItem key={service.fullName}>
            <ListItemIcon sx={{ minWidth: 30 }}>
              <ExtensionIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText
              primary={service.title ?? service.fullName}
              secondary={service.functions.map((f) => f.name).join(', ')}
            />
          </ListItem>
        ))}
      </Section>
    </List>
  );
}
