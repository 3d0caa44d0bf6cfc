/**
 * The event to open (and focus) once `folder` is deleted from the sorted list `events`: the next
 * one, or the previous one when it was last; events inside the deleted folder go with it.
 */
export function neighbourAfterDelete(events: readonly string[], folder: string): string | undefined {
  const inside = (f: string) => f === folder || f.startsWith(`${folder}/`);
  const at = events.findIndex(inside);
  if (at === -1) return undefined;
  const next = events.slice(at).find((f) => !inside(f));
  return next ?? events.slice(0, at).at(-1);
}
