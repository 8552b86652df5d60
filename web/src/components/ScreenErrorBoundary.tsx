import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { isChunkLoadError } from '@/lib/chunk-reload';
import { reportError } from '@/lib/report-error';

function ScreenFallback({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <div className="error screen-error" role="alert">
      <span>
        {chunk ? t('errors.chunk') : t('errors.screen')}
      </span>
      {requestId && <span className="muted small"> {t('common.requestId', { id: requestId })}</span>}
      <button type="button" className="btn btn-small" onClick={() => (chunk ? window.location.reload() : resetErrorBoundary())}>
        {chunk ? t('common.reload') : t('common.tryAgain')}
      </button>
    </div>
  );
}

function ChartFallback({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert">
      <span>{t('errors.chart')}</span>
      <button type="button" className="btn btn-small" onClick={resetErrorBoundary}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}

/** Around a route: the shell (nav, log-out) stays; a new route clears the error (resetKeys). */
export function ScreenErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  return (
    <ErrorBoundary FallbackComponent={ScreenFallback} onError={(error, info) => reportError('screen', error, info.componentStack)} resetKeys={[resetKey]}>
      {children}
    </ErrorBoundary>
  );
}

/** Around one chart: a failing chart leaves the rest of the dashboard usable. */
export function ChartErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={ChartFallback} onError={(error, info) => reportError('chart', error, info.componentStack)}>
      {children}
    </ErrorBoundary>
  );
}
