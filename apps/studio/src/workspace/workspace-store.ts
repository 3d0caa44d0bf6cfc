import {
  type AppContext,
  type AppTree,
  approvalEventFolders,
  buildAppContext,
  deleteApprovalEvent,
  duplicateApprovalEvent,
  type ElementEditResult,
  emptyAppContext,
  encodeText,
  isApprovalEventFolder,
  isStudioFile,
  readText,
  renameApprovalEvent,
} from '@event-studio/runtime';
import { modelPyWork, parseModelPyOffThread } from './model-py-off-thread';
import { neighbourAfterDelete } from './neighbour-event';
import { whenIdle } from './when-idle';
import { WorkspaceHistory } from './workspace-history';

/** What the UI renders from: replaced as a whole on every change, so React sees new identities. */
export interface WorkspaceSnapshot {
  tree: AppTree;
  context: AppContext;
  /** Approval-event folders, sorted. */
  events: string[];
  /** The element folder open in the editor. */
  selected: string | undefined;
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  /**
   * Bumped whenever files change behind the editors' backs (undo, redo, an import), so views that
   * hold their own copy of the values (the form) reload them.
   */
  externalRevision: number;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * When the last change was a write: the tree it was made to and the paths written, so what is
   * derived from the tree (the unexported markers) can look at those paths only.
   */
  written?: TreeWrite;
}

/** A write to a tree: the tree it was made to, and the paths written. */
export interface TreeWrite {
  from: AppTree;
  paths: readonly string[];
}

type Listener = () => void;

/** The event list after writing `paths`: the same array when no event came or went. */
function updateEventFolders(events: string[], tree: AppTree, paths: readonly string[]): string[] {
  const written = paths
    .filter((path) => path.endsWith('/e.json'))
    .map((path) => path.slice(0, -'/e.json'.length));
  if (written.length === 0) return events;
  const next = new Set(events);
  for (const folder of written) {
    if (isApprovalEventFolder(tree, folder)) next.add(folder);
    else next.delete(folder);
  }
  return next.size === events.length && events.every((folder) => next.has(folder))
    ? events
    : [...next].sort();
}

/**
 * The open app, in memory. Every edit goes through here, so the tree, the derived app context
 * and the list of events can never disagree.
 */
export class WorkspaceStore {
  private snapshot: WorkspaceSnapshot;
  private readonly listeners = new Set<Listener>();

  constructor() {
    const tree = new Map<string, Uint8Array>();
    this.snapshot = {
      tree,
      context: buildAppContext(tree),
      events: [],
      selected: undefined,
      status: 'loading',
      externalRevision: 0,
      canUndo: false,
      canRedo: false,
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * What React renders from. It can lag a write made with `writeFileSoon` by a frame; code that
   * acts on the workspace (saving, exporting, importing) reads `current()` instead.
   */
  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  /** The workspace as it is now: writes waiting for an idle moment are applied first. */
  current(): WorkspaceSnapshot {
    this.settle();
    return this.snapshot;
  }

  private readonly history = new WorkspaceHistory();
  /**
   * Writes waiting for an idle moment (`writeFileSoon`), by path: each computes its text when it is
   * first read, or when it is applied. And how to stop that wait.
   */
  private readonly pending = new Map<string, () => string>();
  private cancelPending: (() => void) | undefined;

  private set(next: Partial<WorkspaceSnapshot>): void {
    this.snapshot = {
      ...this.snapshot,
      // A new tree from anything but a write (undo, an import) says nothing about what changed.
      written: next.tree ? undefined : this.snapshot.written,
      ...next,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    for (const listener of this.listeners) listener();
  }

  /**
   * Replaces the whole app (first load, or another app opened), opening `select` when the tree has
   * it. The undo history starts afresh: it belongs to the app that was open.
   */
  load(tree: AppTree, select?: string): void {
    this.settle();
    this.history.clear();
    const events = approvalEventFolders(tree);
    this.showWithContext({
      tree,
      events,
      selected: select && tree.has(`${select}/e.json`) ? select : events[0],
      loadError: undefined,
      // Views holding their own copy (the form) reload, even when the same folder stays open.
      externalRevision: this.snapshot.externalRevision + 1,
    });
  }

  /** Counts the trees shown, so the parse of one that was replaced meanwhile is not applied. */
  private shownTrees = 0;

  /**
   * Shows a new tree with its app context. The context is built here, but the model.py files it
   * needs are parsed in a worker first when there are more than a small app's bytes of them
   * (model-py-off-thread.ts): the studio shows "Opening…" meanwhile instead of freezing, however
   * large or hostile the files.
   */
  private showWithContext(
    next: Pick<WorkspaceSnapshot, 'tree' | 'events' | 'selected' | 'externalRevision'> &
      Partial<WorkspaceSnapshot>,
  ): void {
    const shown = ++this.shownTrees;
    const { files, offThread } = modelPyWork(next.tree);
    if (!offThread) {
      this.set({ ...next, context: buildAppContext(next.tree), status: 'ready' });
      return;
    }
    this.set({ ...next, context: emptyAppContext(), status: 'loading' });
    const finish = (): void => {
      if (shown !== this.shownTrees) return;
      this.set({ context: buildAppContext(this.snapshot.tree), status: 'ready' });
    };
    // A worker that fails leaves the parse to the page: slower, never wrong.
    parseModelPyOffThread(files).then(finish, finish);
  }

  /**
   * Swaps in a whole new tree in one step (an applied import), keeping the open element when it
   * still exists. Callers build the new tree first, so a failed import never touches the workspace.
   */
  replaceTree(tree: AppTree, select?: string): void {
    this.settle();
    this.history.record(this.snapshot.tree, Date.now(), true);
    this.showTree(tree, select);
  }

  /** Goes back one step (form and code alike). */
  undo(): void {
    this.settle();
    const previous = this.history.undo(this.snapshot.tree);
    if (previous) this.showTree(previous);
  }

  /** Goes forward one step after an undo. */
  redo(): void {
    this.settle();
    const next = this.history.redo(this.snapshot.tree);
    if (next) this.showTree(next);
  }

  /** Shows a tree that did not come from the editors, keeping the open element when it exists. */
  private showTree(tree: AppTree, select?: string): void {
    const events = approvalEventFolders(tree);
    // Any element (an event, or a model shown read-only) stays open when the new tree still has it.
    const current = this.snapshot.selected;
    const keep = select ?? (current && tree.has(`${current}/e.json`) ? current : events[0]);
    const externalRevision = this.snapshot.externalRevision + 1;
    this.showWithContext({ tree, events, selected: keep, externalRevision });
  }

  fail(message: string): void {
    this.settle();
    this.shownTrees++;
    this.set({ status: 'failed', loadError: message });
  }

  select(folder: string): void {
    this.settle();
    this.set({ selected: folder });
  }

  /** A file's text as it is now, a write waiting for an idle moment included. */
  readFile(path: string): string | undefined {
    const pending = this.pending.get(path);
    return pending ? pending() : readText(this.snapshot.tree, path);
  }

  /**
   * Writes files (path → text). This runs on every keystroke, so it does only the work the
   * change needs: the app context is rebuilt only when a non-event file changed, and the list
   * of events only looks again at folders whose e.json was written.
   */
  writeFiles(files: Record<string, string>): void {
    this.settle();
    this.applyWrite(files);
  }

  /**
   * Writes a file at the browser's next idle moment (within a frame or two): for keystrokes whose
   * character the browser paints by itself (the Title field), so the new text is made, and the
   * rest of the app (the tree's row, the markers, the e.json preview, the autosave) follows, after
   * that paint instead of before it. `write` makes the new text from the current one; `readFile`
   * sees it at once, and any other change to the workspace applies it first, so nothing overtakes it.
   */
  writeFileSoon(path: string, write: (current: string | undefined) => string): void {
    const earlier = this.pending.get(path);
    const current = earlier ?? (() => readText(this.snapshot.tree, path));
    let text: string | undefined;
    this.pending.set(path, () => {
      text ??= write(current());
      return text;
    });
    this.cancelPending ??= whenIdle(() => {
      this.cancelPending = undefined;
      this.settle();
    });
  }

  /** Applies the writes waiting for an idle moment, now. */
  settle(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
    if (this.pending.size === 0) return;
    const files = Object.fromEntries(
      [...this.pending]
        .map(([path, text]) => [path, text()] as const)
        .filter(([path, text]) => text !== readText(this.snapshot.tree, path)),
    );
    this.pending.clear();
    if (Object.keys(files).length > 0) this.applyWrite(files);
  }

  private applyWrite(files: Record<string, string>): void {
    this.history.record(this.snapshot.tree, Date.now());
    const tree = new Map(this.snapshot.tree);
    for (const [path, text] of Object.entries(files)) tree.set(path, encodeText(text));
    const paths = Object.keys(files);
    const touchesContext = paths.some((path) => !path.startsWith('events/') && !isStudioFile(path));
    const events = updateEventFolders(this.snapshot.events, tree, paths);
    this.set({
      tree,
      events,
      written: { from: this.snapshot.tree, paths },
      ...(touchesContext ? { context: buildAppContext(tree) } : {}),
    });
  }

  /** Adds a new element's files and opens it. */
  addElement(folder: string, files: Record<string, string>): void {
    this.writeFiles(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text])),
    );
    this.select(folder);
  }

  /** Renames an approval event as one undo step and keeps it open under its new name. */
  renameEvent(folder: string, newName: string): ElementEditResult {
    return this.applyEdit(renameApprovalEvent(this.current().tree, folder, newName), (renamed) => renamed);
  }

  /** Copies an approval event (as `<name>Copy…` unless named) as one undo step and opens the copy. */
  duplicateEvent(folder: string, newName?: string): ElementEditResult {
    return this.applyEdit(duplicateApprovalEvent(this.current().tree, folder, newName), (copy) => copy);
  }

  /** Deletes an approval event as one undo step; when it was open, its neighbour in the list opens. */
  deleteEvent(folder: string): ElementEditResult {
    const { events, selected, tree } = this.current();
    const wasOpen = selected === folder || selected?.startsWith(`${folder}/`);
    const neighbour = neighbourAfterDelete(events, folder);
    return this.applyEdit(deleteApprovalEvent(tree, folder), () => (wasOpen ? neighbour : selected));
  }

  /** Swaps in an edit's tree through the history (so Ctrl+Z undoes it) and opens what `open` picks. */
  private applyEdit(
    result: ElementEditResult,
    open: (folder: string) => string | undefined,
  ): ElementEditResult {
    if (result.ok) this.replaceTree(result.tree, open(result.folder));
    return result;
  }
}

/** The studio's one workspace. */
export const workspace = new WorkspaceStore();
