import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { useFunctionQuery } from '@/lib/functions';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { hadSession, markSignedIn } from '@/lib/session-flag';
import { useEffect } from 'react';
import { loginPathFor } from './login-path';

/** Protected routes: `me` answers -> render; 401 -> /login?next=<where the user was going>. */
export function RequireAuth() {
  const location = useLocation();
  const me = useFunctionQuery('me', {}, { staleTime: 60_000 });
  useEffect(() => {
    if (me.isSuccess) markSignedIn();
  }, [me.isSuccess]);
  if (me.isPending) return <Loading label="Checking your session…" />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.isUnauthorized) return <Navigate to={loginPathFor(location.pathname, location.search)} state={{ expired: hadSession() }} replace />;
    return (
      <main className="centered">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  return <Outlet />;
}
