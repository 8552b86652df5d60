import { dayKey } from '@/lib/format';

export interface DayCount {
  day: string;
  count: number;
}

/** Events per calendar day in the profile's time zone for the last `days` days, zeros included, oldest first. */
export function activityByDay(events: { at: string }[], days = 14, today = new Date(), zone?: string): DayCount[] {
  const key = (d: Date) => dayKey(d, zone);
  const counts = new Map<string, number>();
  for (const e of events) {
    const d = new Date(e.at);
    if (!Number.isNaN(d.getTime())) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  }
  const [y, m, d] = key(today).split('-').map(Number);
  const out: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const k = new Date(Date.UTC(y, m - 1, d - i, 12)).toISOString().slice(0, 10);
    out.push({ day: k.slice(5), count: counts.get(k) ?? 0 });
  }
  return out;
}
