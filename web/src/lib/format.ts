import { INTL_LOCALE, currentLanguage, t } from '@/i18n';

/**
 * Dates and times are shown in the profile's time zone (users.timezone), labelled with it, and formatted in the
 * UI language (never the browser's locale): RequireAuth sets the zone from `me` before the app renders.
 */
let timeZone: string = browserTimeZone();

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function setDisplayTimeZone(zone: string): void {
  timeZone = isTimeZone(zone) ? zone : 'UTC';
}

export function displayTimeZone(): string {
  return timeZone;
}

/** Every IANA zone this browser knows (Intl.supportedValuesOf), always including UTC. */
export function timeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const locale = () => INTL_LOCALE[currentLanguage()];

/** "6 Dec 2026, 21:05 CET" (en) / "6 déc. 2026, 21:05 UTC+1" (fr): date, time and the zone's label. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(d);
}

/** The calendar date in the profile's zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone }).format(d);
}

/** `YYYY-MM-DD` of an instant in the profile's zone (days are counted there, as the server counts them). */
export function dayKey(d: Date, zone = timeZone): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(d);
}

/** Values whose wording depends on what they describe (a campaign is "Terminée", a meeting "Effectué"). */
export type EnumKind = 'campaignStatus' | 'activity' | 'source' | 'companyData';

/**
 * An API enum value in the UI language (`meeting_booked` -> "Meeting booked" / "Rendez-vous pris"). With a kind,
 * `enums.<kind>.<value>` comes first, then the shared `enums.<value>`; an unknown value is shown capitalised.
 */
export function humanize(value: string | null | undefined, kind?: EnumKind): string {
  if (!value) return '—';
  for (const key of kind ? [`enums.${kind}.${value}`, `enums.${value}`] : [`enums.${value}`]) {
    const translated: unknown = t(key, { nsSeparator: false, returnObjects: true });
    if (typeof translated === 'string' && translated !== key) return translated;
  }
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A fraction 0.0-1.0 shown as a percentage, in the UI language. */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
