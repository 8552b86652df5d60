import { createContext, useContext } from 'react';

export interface ToastOptions {
  message: string;
  /** One action, e.g. "Undo"; the toast closes when it is used. */
  action?: { label: string; onClick: () => void; shortcut?: string };
  /** Milliseconds before the toast closes by itself (default 5 s). */
  duration?: number;
}

export const ToastContext = createContext<{ show: (t: ToastOptions) => number; dismiss: (id?: number) => void } | null>(null);

export function useToast() {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast needs a ToastProvider');
  return ctx;
}
