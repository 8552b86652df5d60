import { describe, expect, it } from 'vitest';
import { chartDays } from './activity-by-day';

describe('chartDays', () => {
  it('shows the server per-day counts (already in the profile zone) as mm-dd points, in order, zeros kept', () => {
    expect(
      chartDays([
        { day: '2026-01-14', count: 0 },
        { day: '2026-01-15', count: 12 },
      ]),
    ).toEqual([
      { day: '01-14', count: 0 },
      { day: '01-15', count: 12 },
    ]);
  });
});
