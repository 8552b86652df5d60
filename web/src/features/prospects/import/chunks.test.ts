import { describe, expect, it } from 'vitest';
import { prepareChunks, rowOf } from './chunks';

describe('import chunks', () => {
  it('cuts at 500 rows and at the byte budget, keeping each row number', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ fullName: `P${i}`, companyName: 'Co', email: `p${i}@x.io` }));
    const numbers = rows.map((_, i) => i * 2 + 2);
    const byRows = prepareChunks(rows, numbers);
    expect(byRows.chunks.map((c) => c.rows.length)).toEqual([500, 500, 200]);
    expect(byRows.chunks.map((c) => c.firstRow)).toEqual([2, 1002, 2002]);
    expect(rowOf(byRows.chunks[1], 1002 + 3)).toBe(numbers[503]);

    const wide = Array.from({ length: 10 }, () => ({ fullName: 'é'.repeat(1999), companyName: 'Co', email: 'a@b.io' }));
    const byBytes = prepareChunks(wide, wide.map((_, i) => i + 2), { rows: 500, bytes: 10_000 });
    // each row is ~4 kB of UTF-8 (é is 2 bytes): two fit under 10 kB, a third does not
    expect(byBytes.chunks.map((c) => c.rows.length)).toEqual([2, 2, 2, 2, 2]);
    expect(byBytes.refused).toEqual([]);
  });

  it('refuses a row with a cell the contract refuses, and sends the others', () => {
    const rows = [{ fullName: 'Ok', companyName: 'Co', email: 'a@b.io' }, { fullName: 'Long', companyName: 'c'.repeat(2001), email: 'b@b.io' }];
    const { chunks, refused } = prepareChunks(rows, [2, 5]);
    expect(refused).toEqual([{ row: 5, field: 'companyName', message: 'must be at most 2000 characters' }]);
    expect(chunks).toEqual([{ firstRow: 2, rows: [rows[0]], rowNumbers: [2] }]);
  });
});
