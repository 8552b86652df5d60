import { lazy, type ComponentType } from 'react';


/**
 * After a deployment an open tab still runs the old index.html, whose lazily loaded chunks no longer exist.
 * Such a failed chunk reloads the page once (the new index.html knows the new chunks); if the chunk still fails
 * within a minute, the error is thrown to the screen's error boundary instead of reloading in a loop.
 */
const KEY = 'sm-chunk-reload-at';
const LOOP_GUARD_MS = 60_000;

export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch/i.test(error.message) || error.name === 'ChunkLoadError';
}

/** Reloads the page unless it was already reloaded for this reason in the last minute; true when it reloads. */
export function reloadOnceForChunk(now = Date.now(), reload: () => void = () => window.location.reload()): boolean {
  let last: number;
  try {
    last = Number(sessionStorage.getItem(KEY) ?? 0);
  } catch {
    return false;
  }
  if (now - last < LOOP_GUARD_MS) return false;
  sessionStorage.setItem(KEY, String(now));
  reload();
  return true;
}

/** React.lazy for a screen or a heavy component, with the reload-once rule above. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's
export function lazyWithReload<T extends ComponentType<any>>(factory: () => Promise<{ default: T }>) {
  return lazy(() =>
    factory().catch((error: unknown) => {
      if (isChunkLoadError(error) && reloadOnceForChunk()) return new Promise<{ default: T }>(() => undefined);
      throw error;
    }),
  );
}
