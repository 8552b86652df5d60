import { useEffect, useLayoutEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { useFunctionQuery } from '@/lib/functions';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { hadSession, markSignedIn } from '@/lib/session-flag';
import { applyLanguage } from '@/i18n';
import { displayTimeZone, setDisplayTimeZone } from '@/lib/format';
import { DisplayZoneContext } from '@/lib/display-zone';
import { loginPathFor } from './login-path';

/**
 * Protected routes: `me` answers -> render; 401 -> /login?next=<where the user was going>.
 * The profile's language and time zone apply before the protected tree first renders; when either changes (settings
 * saved) the tree re-renders in place, never remounts (that would wipe unsaved form input): texts follow the language
 * through react-i18next, dates follow the zone through DisplayZoneContext.
 */
export function RequireAuth() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const me = useFunctionQuery('me', {}, { staleTime: 60_000 });
  const language = me.data?.language === 'fr' ? 'fr' : 'en';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (me.isSuccess) markSignedIn();
  }, [me.isSuccess]);
  // The language is switched in a layout effect, never during render (i18next notifies every component that uses
  // it, and React refuses updates of other components during a render); they re-render before the browser paints.
  const profileLoaded = me.data !== undefined;
  useLayoutEffect(() => {
    if (profileLoaded) applyLanguage(language);
  }, [profileLoaded, language]);
  // The zone is a plain value the formatters read (setting it notifies nobody): set before the tree renders.
  if (me.data) setDisplayTimeZone(me.data.timezone);
  // The tree first renders once the profile's language is in place (derived state of this component only).
  if (!shown && me.data && i18n.language === language) setShown(true);
  if (me.isPending) return <Loading label={t('auth.checkingSession')} />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.isUnauthorized) return <Navigate to={loginPathFor(location.pathname, location.search)} state={{ expired: hadSession() }} replace />;
    return (
      <main className="centered">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!shown) return null;
  return (
    <DisplayZoneContext.Provider value={displayTimeZone()}>
      <Outlet />
    </DisplayZoneContext.Provider>
  );
}
