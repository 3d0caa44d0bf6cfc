import type { AppTree } from '@event-studio/runtime';

/** Edits closer together than this are one undo step (typing a word is one step, not five). */
const COALESCE_MS = 800;
const MAX_STEPS = 200;

/**
 * Undo and redo over whole app trees. Trees share the bytes of unchanged files, so keeping a
 * few hundred of them costs little more than the edits themselves.
 */
export class WorkspaceHistory {
  private past: AppTree[] = [];
  private future: AppTree[] = [];
  private lastRecordedAt = 0;

  /**
   * Notes that `before` is about to be replaced by an edit made at `now`; `separate` makes it a
   * step of its own whatever came just before (an import, not typing).
   */
  record(before: AppTree, now: number, separate = false): void {
    if (separate || now - this.lastRecordedAt > COALESCE_MS || this.past.length === 0) {
      this.past.push(before);
      if (this.past.length > MAX_STEPS) this.past.shift();
    }
    this.lastRecordedAt = now;
    this.future = [];
  }

  /** The tree to go back to from `current`, or undefined when there is nothing to undo. */
  undo(current: AppTree): AppTree | undefined {
    const previous = this.past.pop();
    if (previous) this.future.push(current);
    this.lastRecordedAt = 0;
    return previous;
  }

  /** The tree to go forward to from `current`, or undefined when there is nothing to redo. */
  redo(current: AppTree): AppTree | undefined {
    const next = this.future.pop();
    if (next) this.past.push(current);
    this.lastRecordedAt = 0;
    return next;
  }

  /** Forgets everything (another app was opened). */
  clear(): void {
    this.past = [];
    this.future = [];
    this.lastRecordedAt = 0;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
