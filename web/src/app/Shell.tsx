import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useFunctionMutation, useFunctionQuery } from '@/lib/functions';
import { Loading } from '@/components/States';

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/review', label: 'Review queue' },
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/prospects', label: 'Prospects' },
  { to: '/meetings', label: 'Meetings' },
  { to: '/templates', label: 'Templates' },
  { to: '/settings', label: 'Settings' },
];

export function Shell() {
  const me = useFunctionQuery('me', {}, { staleTime: 60_000 });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useFunctionMutation('logout', {
    onSuccess: () => {
      queryClient.clear();
      navigate('/login', { replace: true });
    },
  });

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Sales Machine</span>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <span className="muted small" title={me.data?.email}>
            {me.data?.fullName || me.data?.email}
          </span>
          <button type="button" className="btn btn-small" onClick={() => logout.mutate({})} disabled={logout.isPending}>
            Log out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
