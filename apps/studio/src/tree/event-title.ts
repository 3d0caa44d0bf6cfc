// Titles are read from e.json bytes; a file that did not change keeps its bytes object, so the
// tree re-parses only the e.json that was just edited (it re-renders on every keystroke).
const titleCache = new WeakMap<Uint8Array, string | undefined>();

/** The `title` of an e.json, or undefined when it has none or cannot be read. */
export function titleOf(eJson: Uint8Array | undefined): string | undefined {
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
