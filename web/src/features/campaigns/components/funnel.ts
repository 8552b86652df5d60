/** The stages of the funnel in order; the other statuses (lost, nurture, unsubscribed) are outside it. */
export const FUNNEL = ['new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed', 'customer'] as const;

export interface FunnelStep {
  status: string;
  /** prospects in this stage or a later one of the funnel */
  reached: number;
  /** reached / reached by the stage before; null for the first stage or when nobody reached the one before */
  conversion: number | null;
}

/** Counts per status (every status, from the server) -> the funnel with the conversion between consecutive stages. */
export function funnelSteps(stages: { status: string; count: number }[]): FunnelStep[] {
  const count = (s: string) => stages.find((x) => x.status === s)?.count ?? 0;
  const reached = FUNNEL.map((_, i) => FUNNEL.slice(i).reduce((sum, s) => sum + count(s), 0));
  return FUNNEL.map((status, i) => ({
    status,
    reached: reached[i],
    conversion: i === 0 || reached[i - 1] === 0 ? null : reached[i] / reached[i - 1],
  }));
}
