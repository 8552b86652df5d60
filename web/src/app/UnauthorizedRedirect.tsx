import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { onUnauthorized } from '@/lib/api-client';
import { hadSession } from '@/lib/session-flag';
import { allowNextLeave } from '@/lib/unsaved';
import { loginPathFor, PUBLIC_PATHS } from './login-path';


/** Any 401 from any call: forget cached data and go to /login, remembering where the user was going. */
export function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    onUnauthorized(() => {
      const { pathname, search } = window.location;
      if (PUBLIC_PATHS.includes(pathname)) return;
      queryClient.clear();
      allowNextLeave();
      // A tab that had a session lost it: say so on the login page ("Session expired, please log in again").
      navigate(loginPathFor(pathname, search), { replace: true, state: { expired: hadSession() } });
    });
    return () => onUnauthorized(null);
  }, [navigate, queryClient]);
  return null;
}
