import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { useFunctionQuery } from '@/lib/functions';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { hadSession, markSignedIn } from '@/lib/session-flag';
import { applyLanguage } from '@/i18n';
import { setDisplayTimeZone } from '@/lib/format';
import { loginPathFor } from './login-path';

/**
 * Protected routes: `me` answers -> render; 401 -> /login?next=<where the user was going>.
 * The profile's language and time zone apply before anything renders; when either changes (settings saved) the
 * protected tree is keyed anew so every date and text follows at once.
 */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useFunctionQuery('me', {}, { staleTime: 60_000 });
  const [applied, setApplied] = useState<string | null>(null);
  const language = me.data?.language === 'fr' ? 'fr' : 'en';
  const wanted = me.data ? `${language}|${me.data.timezone}` : null;
  useEffect(() => {
    if (me.isSuccess) markSignedIn();
  }, [me.isSuccess]);
  // The profile's UI language and display zone are applied before the tree renders with them (derived state:
  // applied during render, then the tree is keyed by them).
  if (me.data && wanted !== applied) {
    applyLanguage(language);
    setDisplayTimeZone(me.data.timezone);
    setApplied(wanted);
  }
  if (me.isPending) return <Loading label={t('auth.checkingSession')} />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.isUnauthorized) return <Navigate to={loginPathFor(location.pathname, location.search)} state={{ expired: hadSession() }} replace />;
    return (
      <main className="centered">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (applied !== wanted) return null;
  return <Outlet key={wanted} />;
}
