/**
 * Light or dark: follows prefers-color-scheme unless the user picked one with the toggle (kept in this browser).
 * The choice is an attribute on <html> (data-theme), read by styles.css; "system" removes it.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'sm-theme';

export function storedTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* ignore */
  }
}

export const nextTheme = (c: ThemeChoice): ThemeChoice => (c === 'system' ? 'dark' : c === 'dark' ? 'light' : 'system');
