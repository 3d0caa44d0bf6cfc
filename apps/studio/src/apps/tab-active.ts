// Which app this browser tab has open, so that a reload of it reopens that app even when another
// tab has switched the list's active app since.
const TAB_ACTIVE_KEY = 'event-studio.active-app';

/** The app this tab had open before a reload (none in a new tab, or without session storage). */
export function readTabActive(): string | null {
  try {
    return sessionStorage.getItem(TAB_ACTIVE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the app this tab has open. */
export function writeTabActive(id: string): void {
  try {
    sessionStorage.setItem(TAB_ACTIVE_KEY, id);
  } catch {
    // Without session storage a reload opens the list's active app, which is this one as well.
  }
}
