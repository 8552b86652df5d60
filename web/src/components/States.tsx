import type { ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';
import { t } from '@/i18n';
import { ErrorMessage } from './ErrorMessage';

export function Loading({ label }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** Loading, error and empty states for one query, so every screen shows all three the same way. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  notFound,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Shown instead of an error with "Retry" when the API answers 404: retrying cannot help. */
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError && notFound && query.error instanceof ApiError && query.error.status === 404) {
    return (
      <div className="empty" role="alert">
        {notFound}
      </div>
    );
  }
  if (query.isError || query.data === undefined) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty>{empty ?? t('common.nothingYet')}</Empty>;
  return <>{children(query.data)}</>;
}
