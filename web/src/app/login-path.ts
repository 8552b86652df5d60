export const PUBLIC_PATHS = ['/login', '/signup'];

/** `/login?next=<the route the user wanted>` (no `next` for the dashboard or a public page). */
export function loginPathFor(pathname: string, search: string): string {
  const next = pathname + search;
  return next === '/' || PUBLIC_PATHS.includes(pathname) ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
