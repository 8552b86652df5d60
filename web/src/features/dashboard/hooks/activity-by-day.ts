export interface DayCount {
  day: string;
  count: number;
}

/**
 * The server's per-day counts (activityPerDay: every event, per calendar day in the user's time zone, zeros
 * included) as the chart's points, `yyyy-mm-dd` shown as `mm-dd`. Nothing is counted in the browser.
 */
export function chartDays(days: { day: string; count: number }[]): DayCount[] {
  return days.map((d) => ({ day: d.day.slice(5), count: d.count }));
}
