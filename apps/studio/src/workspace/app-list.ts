// The list of apps open side by side, as kept in IndexedDB next to each app's own record. Every
// function here is pure: the shelf applies them to what it read, inside the transaction that
// writes the result, so two tabs changing the list at once do not drop each other's apps.

/** One app on the shelf; the list's order is the tabs' order. */
export interface AppEntry {
  id: string;
  /** What its tab says: "Sample app", or the zip's file name without `.zip`. */
  name: string;
  /** Whether it has changes not exported to a zip (kept for the tabs of apps that are not open). */
  unexported: boolean;
  /** The element folder open when the user last left it; reopened when it still exists. */
  selected?: string;
}

/** Every open app, in tab order, and the one a reload reopens. */
export interface AppList {
  apps: AppEntry[];
  activeId: string;
}

/** An app's name from a zip's file name: the name without its `.zip` (any case), never empty. */
export function appNameFromFileName(fileName: string, fallback: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.zip$/i, '').trim() || fallback;
}

/** `name`, or `name (2)`, `name (3)`… when an app of the list already has it. */
export function uniqueAppName(list: AppList | undefined, name: string): string {
  const taken = new Set(list?.apps.map((app) => app.name));
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/** The list with `entry` added at the end and made the active app. */
export function addApp(list: AppList | undefined, entry: AppEntry): AppList {
  return { apps: [...(list?.apps ?? []).filter((app) => app.id !== entry.id), entry], activeId: entry.id };
}

/** The list with `id` active (unchanged when the list lacks it). */
export function activateApp(list: AppList, id: string): AppList {
  return list.apps.some((app) => app.id === id) ? { ...list, activeId: id } : list;
}

/** The list with one app's entry changed (name, marker, open element). */
export function updateApp(list: AppList, id: string, change: Partial<Omit<AppEntry, 'id'>>): AppList {
  return { ...list, apps: list.apps.map((app) => (app.id === id ? { ...app, ...change } : app)) };
}

/**
 * The list without `id`. When it was active, its neighbour becomes active: the next tab, or the
 * previous one when it was the last. The last app is never removed (the list is returned as is).
 */
export function removeApp(list: AppList, id: string): AppList {
  const index = list.apps.findIndex((app) => app.id === id);
  if (index < 0 || list.apps.length === 1) return list;
  const apps = list.apps.filter((app) => app.id !== id);
  const neighbour = apps[Math.min(index, apps.length - 1)] as AppEntry;
  return { apps, activeId: list.activeId === id ? neighbour.id : list.activeId };
}

/**
 * The app to open: the one this browser tab had open (a reload of it), else the list's active one,
 * else the first; undefined for an empty list.
 */
export function appToOpen(list: AppList, tabActiveId: string | null | undefined): AppEntry | undefined {
  const byId = (id: string | null | undefined) => list.apps.find((app) => app.id === id);
  return byId(tabActiveId) ?? byId(list.activeId) ?? list.apps[0];
}

/** True for a value that has the shape of a saved app list (what IndexedDB gave back may be old or foreign). */
export function isAppList(value: unknown): value is AppList {
  if (typeof value !== 'object' || value === null) return false;
  const { apps, activeId } = value as Partial<AppList>;
  return (
    typeof activeId === 'string' &&
    Array.isArray(apps) &&
    apps.every(
      (app: Partial<AppEntry> | null) =>
        typeof app === 'object' && app !== null && typeof app.id === 'string' && typeof app.name === 'string',
    )
  );
}
