/**
 * How long a run goes before the studio says it is running (the status chip's "Running…", the
 * test panel's Stop button): a warm run is over long before, and an indicator that flashes for
 * one frame is noise, and a layout shift.
 */
export const BUSY_AFTER_MS = 300;
