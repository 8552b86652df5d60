import { useSearchParams } from 'react-router';

/** Where to go after login: the `?next=` route if it is a local path, else the dashboard. */
export function useSafeNext(): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
