import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, describeError, serverDetail } from '@/lib/api-client';

function secondsLeft(error: ApiError, now: number): number | null {
  if (error.retryAfterSeconds == null) return null;
  return Math.max(0, error.retryAfterSeconds - Math.floor((now - error.receivedAt) / 1000));
}

/** An error as a sentence; a 429 counts down its `Retry-After` and offers a retry when it reaches zero. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const rateLimited = error instanceof ApiError && error.isRateLimited ? error : null;
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!rateLimited) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [rateLimited]);

  const remaining = rateLimited ? secondsLeft(rateLimited, Math.max(now, rateLimited.receivedAt)) : null;
  const text = rateLimited
    ? remaining == null
      ? t('errors.slowDownMoment')
      : remaining > 0
        ? t('errors.slowDownIn', { seconds: remaining })
        : t('errors.slowDownNow')
    : describeError(error);
  const requestId = error instanceof ApiError ? error.requestId : null;
  const detail = serverDetail(error);

  return (
    <div className="error" role="alert">
      <span>{text}</span>
      {detail && <span className="muted small"> {t('apiErrors.serverSaid', { message: detail })}</span>}
      {requestId && <span className="muted small"> {t('common.requestId', { id: requestId })}</span>}
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry} disabled={remaining != null && remaining > 0}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
