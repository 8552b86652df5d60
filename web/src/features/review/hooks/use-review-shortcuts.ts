import { useEffect, useRef } from 'react';

export interface ReviewShortcuts {
  approve: () => void;
  edit: () => void;
  reject: () => void;
  next: () => void;
  previous: () => void;
  toggleSelect: () => void;
  undo: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** a approve, e edit, r reject, j/k next/previous, x select, u undo the last decision; ignored while typing or with a modifier key. */
export function useReviewShortcuts(handlers: ReviewShortcuts, enabled: boolean) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const action = ({ a: 'approve', e: 'edit', r: 'reject', j: 'next', k: 'previous', x: 'toggleSelect', u: 'undo' } as const)[e.key.toLowerCase() as 'a'];
      if (!action) return;
      e.preventDefault();
      ref.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
