/**
 * What a user has typed into sample-row cells and not yet left (text that may not be a valid value
 * yet, such as `1.` or half a JSON object), kept outside the cells: the table renders only the
 * cells near its view, so a cell scrolled away unmounts, and its text must be there when it comes
 * back. Keyed by row and field; the table starts a new one when its rows or model change.
 */
export type CellDrafts = Map<string, CellDraft>;

export interface CellDraft {
  text: string;
  /** Why the text is not a value, when it is not. */
  problem: string | undefined;
}

/** The key of one cell in CellDrafts. */
export function cellDraftKey(rowId: number, field: string): string {
  return `${rowId}\u0000${field}`;
}
