import { useEffect } from 'react';
import { t } from '@/i18n';

/**
 * "You have unsaved changes": forms register while they differ from what is saved. Closing or reloading the tab
 * asks the browser's own question (beforeunload); the shell's navigation links ask confirmLeave() first.
 * (The app uses <BrowserRouter>, where react-router's useBlocker is not available; the browser's Back button is
 * therefore not intercepted.)
 */
const dirty = new Set<symbol>();

export function useUnsavedChanges(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    const token = Symbol('unsaved');
    dirty.add(token);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirty.delete(token);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [isDirty]);
}

/** True when leaving is fine: nothing unsaved, or the user confirmed. */
export function confirmLeave(): boolean {
  return dirty.size === 0 || window.confirm(t('errors.unsaved'));
}
