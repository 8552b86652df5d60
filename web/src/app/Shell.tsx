import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFunctionMutation, useFunctionQuery } from '@/lib/functions';
import { Loading } from '@/components/States';
import { ScreenErrorBoundary } from '@/components/ScreenErrorBoundary';
import { clearSignedIn } from '@/lib/session-flag';
import { applyTheme, nextTheme, storedTheme, type ThemeChoice } from '@/lib/theme';
import { allowNextLeave, confirmLeave } from '@/lib/unsaved';

const NAV = [
  { to: '/', key: 'nav.dashboard', end: true },
  { to: '/review', key: 'nav.review' },
  { to: '/campaigns', key: 'nav.campaigns' },
  { to: '/prospects', key: 'nav.prospects' },
  { to: '/meetings', key: 'nav.meetings' },
  { to: '/templates', key: 'nav.templates' },
  { to: '/settings', key: 'nav.settings' },
] as const;

/**
 * On every route change: the page's <h1> takes the focus (screen readers announce the new page, Tab starts from
 * the content) and names the tab ("Prospects · Sales Machine"). Screens load lazily, so the heading is awaited.
 */
function useRouteHeading(pathname: string, appName: string) {
  useEffect(() => {
    let frames = 0;
    let raf = 0;
    const first = !document.body.dataset.routed;
    document.body.dataset.routed = '1';
    const find = () => {
      const h1 = document.querySelector<HTMLHeadingElement>('#main h1');
      if (h1) {
        document.title = `${h1.textContent?.trim()} · ${appName}`;
        // the first page of a visit keeps the browser's own start (skip link first); later ones move the focus
        if (!first) {
          h1.tabIndex = -1;
          h1.focus({ preventScroll: false });
        }
        return;
      }
      if (frames++ < 300) raf = window.requestAnimationFrame(find);
    };
    raf = window.requestAnimationFrame(find);
    return () => window.cancelAnimationFrame(raf);
  }, [pathname, appName]);
}

export function Shell() {
  const { t } = useTranslation();
  const me = useFunctionQuery('me', {}, { staleTime: 60_000 });
  // The pending-review count in the nav: refreshed when the tab regains focus and every minute.
  const stats = useFunctionQuery('dashboardStats', {}, { refetchInterval: 60_000, refetchOnWindowFocus: true, staleTime: 10_000 });
  const pending = stats.data?.reviewPending;
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);
  useRouteHeading(location.pathname, t('common.appName'));
  const logout = useFunctionMutation('logout', {
    onSuccess: () => {
      clearSignedIn();
      queryClient.clear();
      allowNextLeave(); // the user already confirmed leaving unsaved changes (confirmLeave on the button)
      navigate('/login', { replace: true });
    },
  });
  const themeLabel = theme === 'system' ? t('nav.themeSystem') : theme === 'dark' ? t('nav.themeDark') : t('nav.themeLight');

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('common.appName')}</span>
        <nav aria-label={t('nav.main')}>
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={'end' in item ? item.end : undefined}
                >
                  {t(item.key)}
                  {item.to === '/review' && pending != null && pending > 0 && (
                    <span className="count" data-testid="nav-pending">
                      <span aria-hidden="true">{pending}</span>
                      <span className="sr-only">{t('nav.pendingCount', { count: pending })}</span>
                    </span>
                  )}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="muted small" title={me.data?.email}>
            {me.data?.fullName || me.data?.email}
          </span>
          <button
            type="button"
            className="btn btn-small theme-toggle"
            aria-label={themeLabel}
            title={themeLabel}
            onClick={() => {
              const next = nextTheme(theme);
              applyTheme(next);
              setTheme(next);
            }}
          >
            <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
          </button>
          <button type="button" className="btn btn-small" onClick={() => confirmLeave() && logout.mutate({})} disabled={logout.isPending}>
            {t('nav.logOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ScreenErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
    </div>
  );
}
