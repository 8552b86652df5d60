import { describe, expect, it } from 'vitest';
import { activityByDay } from './activity-by-day';

describe('activityByDay', () => {
  it('counts a late-evening event on the profile\'s day, not the machine\'s', () => {
    const days = activityByDay([{ at: '2026-01-15T20:30:00Z' }], 3, new Date('2026-01-16T00:00:00Z'), 'Pacific/Auckland');
    expect(days).toEqual([
      { day: '01-14', count: 0 },
      { day: '01-15', count: 0 },
      { day: '01-16', count: 1 },
    ]);
    // the same event in New York belongs to the 15th
    expect(activityByDay([{ at: '2026-01-15T20:30:00Z' }], 1, new Date('2026-01-15T22:00:00Z'), 'America/New_York')).toEqual([{ day: '01-15', count: 1 }]);
  });
});
