import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastOptions } from './toast-context';

interface ToastState extends ToastOptions {
  id: number;
}

/** One toast at a time, bottom of the screen, announced politely (role=status). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastState | null>(null);
  const next = useRef(1);
  const show = useCallback((t: ToastOptions) => {
    const id = next.current++;
    setToast({ ...t, id });
    return id;
  }, []);
  const dismiss = useCallback((id?: number) => setToast((current) => (id === undefined || current?.id === id ? null : current)), []);
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => dismiss(toast.id), toast.duration ?? 5000);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  toast.action?.onClick();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
                {toast.action.shortcut && <kbd>{toast.action.shortcut}</kbd>}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
