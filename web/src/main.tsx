import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/i18n';
import { App } from '@/app/App';
import { applyTheme, storedTheme } from '@/lib/theme';
import './styles.css';

// The theme chosen with the toggle (if any) before the first paint; otherwise prefers-color-scheme decides.
applyTheme(storedTheme());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
