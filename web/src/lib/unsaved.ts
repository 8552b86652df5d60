import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { t } from '@/i18n';

/**
 * "You have unsaved changes": forms register while they differ from what is saved (useUnsavedChanges).
 * - Closing or reloading the tab asks the browser's own question (beforeunload).
 * - Every in-app navigation (links, the shell's nav, the browser's Back and Forward buttons) is held by one
 *   react-router blocker, <LeaveGuard/>, mounted once under the data router (createBrowserRouter in App.tsx; a
 *   router supports only one blocker, hence one guard for all forms). On Back/Forward the router puts the URL back
 *   and asks; "Cancel" stays on the page with the typed text, "OK" goes on.
 * - Actions that do work before navigating (log-out) ask confirmLeave() first and, once the work succeeded, call
 *   allowNextLeave() right before navigating, so the question is not asked twice. A 401 redirect to /login calls allowNextLeave(): the session is gone anyway.
 */
const dirty = new Set<symbol>();
let letNextThrough = false;

export function useUnsavedChanges(isDirty: boolean): void {
  useAskBeforeUnload(isDirty);
  useEffect(() => {
    if (!isDirty) return;
    const token = Symbol('unsaved');
    dirty.add(token);
    return () => {
      dirty.delete(token);
    };
  }, [isDirty]);
}

/**
 * While `active`, closing or reloading the tab asks the browser's own question; in-app navigation is not held.
 * For forms (through useUnsavedChanges) and for work that leaving the page would cancel (a bulk action: its
 * transaction rolls back when the connection closes).
 */
export function useAskBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}

export function hasUnsavedChanges(): boolean {
  return dirty.size > 0;
}

/** The next navigation leaves without asking (the user already confirmed, or the session ended). */
export function allowNextLeave(): void {
  if (dirty.size > 0) letNextThrough = true;
}

/** True when leaving is fine: nothing unsaved, or the user confirmed. The caller then calls allowNextLeave()
 * just before its own navigate(), so the guard does not ask twice (and a failed action leaves nothing let through). */
export function confirmLeave(): boolean {
  return dirty.size === 0 || window.confirm(t('errors.unsaved'));
}

/** The one blocker: holds any navigation to another path while a form is dirty, and asks. Needs a data router. */
export function LeaveGuard() {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (dirty.size === 0 || currentLocation.pathname === nextLocation.pathname) return false;
    if (letNextThrough) {
      letNextThrough = false;
      return false;
    }
    return true;
  });
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('errors.unsaved'))) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  return null;
}
