import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };
/** The Intl locale of each UI language: dates and numbers follow the UI language, never the browser's. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

const STORAGE_KEY = 'sm-language';

function remembered(): Language | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'fr' ? v : null;
  } catch {
    return null;
  }
}

/** Before login: the language last used in this browser, else the browser's if we have it, else English. */
export function initialLanguage(): Language {
  const nav = typeof navigator !== 'undefined' ? navigator.language?.toLowerCase() ?? '' : '';
  return remembered() ?? (nav.startsWith('fr') ? 'fr' : 'en');
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

/** Switches the UI language (the profile's, once known) and remembers it for the login page. */
export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* private mode: fine */
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

export const t = i18next.t.bind(i18next);
export { i18next };
