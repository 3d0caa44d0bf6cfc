import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ExtensionIcon from '@mui/icons-material/Extension';
import StorageIcon from '@mui/icons-material/Storage';
import { Box, List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppText } from '../app-text/AppText';
import {
  initialScrollerRect,
  measureRow,
  observeScrollerRect,
  scrollUnlessThere,
} from '../virtual-scroll/measure-without-layout';
import { UnexportedMark } from '../workspace/UnexportedMark';
import { useUnexportedSummary } from '../workspace/use-unexported';
import { useWorkspaceValue } from '../workspace/use-workspace';
import { workspace } from '../workspace/workspace-store';
import { EventActionDialogs } from './EventActionDialogs';
import { EventRow } from './EventRow';
import type { OnEventAction } from './event-action';
import { entryIndexOf, type TreeEntry, treeEntries } from './tree-entries';
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
          primary={<AppText text={primary} reveal />}
          secondary={secondary}
          slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, sx: { fontSize: 11 } } }}
        />
      </ListItemButton>
    </UnexportedMark>
  );
});

/**
 * An approval event's row with its unexported dot. It reads its own title from the workspace, so a
 * keystroke in a title re-renders that row and not the tree.
 */
const EventTreeItem = memo(function EventTreeItem({
  folder,
  selected,
  unexported,
  onAction,
}: {
  folder: string;
  selected: boolean;
  unexported: boolean;
  onAction: OnEventAction;
}) {
  return (
    <UnexportedMark unexported={unexported}>
      <EventRow folder={folder} selected={selected} onAction={onAction} />
    </UnexportedMark>
  );
});

// Memoised: the tree re-renders when the list or the selection changes, its headings need not.
const SectionHeader = memo(function SectionHeader({ title }: { title: string }) {
  return (
    <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
      {title}
    </ListSubheader>
  );
});

/** Row heights before they are measured: a heading, and a two-line element row. */
const HEADING_HEIGHT = 32;
const ROW_HEIGHT = 49;

/**
 * The app's elements: approval events to edit, and what they refer to, to read. Only the rows in
 * view (and a few either side) are rendered: an app of a thousand events would otherwise lay out
 * two thousand list items on every keystroke.
 */
export function ElementTree() {
  const { t } = useTranslation();
  const events = useWorkspaceValue((s) => s.events);
  const selected = useWorkspaceValue((s) => s.selected);
  const context = useWorkspaceValue((s) => s.context);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLElement>(null);
  const entries = useMemo(() => treeEntries(events, context, t), [events, context, t]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (entries[index]?.kind === 'heading' ? HEADING_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => entries[index]?.key ?? index,
    overscan: 12,
    initialRect: initialScrollerRect(),
    observeElementRect: observeScrollerRect,
    measureElement: measureRow,
    scrollToFn: scrollUnlessThere,
  });
  const latest = useRef(entries);
  latest.current = entries;
  const reveal = useCallback(
    (folder: string) => {
      const index = entryIndexOf(latest.current, folder);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );
  const actions = useEventActions(list, reveal);
  // The open element stays in view, e.g. after it was created or its neighbour deleted.
  const selectedIndex = selected === undefined ? -1 : entryIndexOf(entries, selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  // Elements changed since the last export get a dot (deleted ones have no row to show it on).
  const unexported = useUnexportedSummary().folders;

  const row = (entry: TreeEntry) => {
    if (entry.kind === 'heading') return <SectionHeader title={entry.title} />;
    if (entry.kind === 'event')
      return (
        <EventTreeItem
          folder={entry.folder}
          selected={entry.folder === selected}
          unexported={unexported.has(entry.folder)}
          onAction={actions.onAction}
        />
      );
    return (
      <ContextItem
        folder={entry.folder}
        kind={entry.kind}
        primary={entry.primary}
        secondary={entry.secondary}
        selected={entry.folder === selected}
        unexported={unexported.has(entry.folder)}
      />
    );
  };

  return (
    <Box ref={scroller} sx={{ height: '100%', overflow: 'auto' }}>
      <List
        ref={list}
        dense
        component="nav"
        aria-label={t('tree.label')}
        sx={{ py: 0, position: 'relative' }}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          return (
            entry && (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                // `top`, not a transform: a transform per row is a compositor property node per
                // row, which every frame's layerization goes through.
                style={{ position: 'absolute', top: item.start, left: 0, width: '100%' }}
              >
                {row(entry)}
              </div>
            )
          );
        })}
      </List>
      <EventActionDialogs pending={actions.pending} onDone={actions.finish} />
    </Box>
  );
}
