export interface DayCount {
  day: string;
  count: number;
}

/** Events per calendar day (local time) for the last `days` days, zeros included, oldest first. */
export function activityByDay(events: { at: string }[], days = 14, today = new Date()): DayCount[] {
  const key = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const counts = new Map<string, number>();
  for (const e of events) {
    const d = new Date(e.at);
    if (!Number.isNaN(d.getTime())) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  }
  const out: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
    out.push({ day: key(d).slice(5), count: counts.get(key(d)) ?? 0 });
  }
  return out;
}
