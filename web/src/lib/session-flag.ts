/**
 * Whether this tab had a working session: a 401 then means "your session expired", not "please log in".
 * Kept in sessionStorage (a flag, never the token), set when `me` answers, cleared on log-out and log-in.
 */
const KEY = 'sm-had-session';

export function markSignedIn(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    /* storage unavailable: the message is a nicety */
  }
}

export function clearSignedIn(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
}

export function hadSession(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
