import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '@/test/mock-api';
import { FIELDS, HEADERS, decode, guessMapping, parse, toRow } from './csv';
import { downloadSink, fileSink, streamCsv, type CsvSink } from './export';

afterEach(() => vi.unstubAllGlobals());

// jsdom has no object URLs: the ones saveBlob makes are recorded (and revoked later by its timer) instead
const saved: Blob[] = [];
Object.defineProperty(URL, 'createObjectURL', {
  configurable: true,
  writable: true,
  value: (b: Blob) => {
    saved.push(b);
    return 'blob:x';
  },
});
Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => undefined });

const row = (n: number) => ({ fullName: `P ${n}`, companyName: 'Co; "x"', jobTitle: null, email: `p${n}@x.io`, linkedinUrl: null, location: null, status: 'new', vip: 'false', vipReason: null });
const twoPages = () => mockApi({
  exportProspects: (input) => (input.cursor ? { items: [row(3)], nextCursor: null } : { items: [row(1), row(2)], nextCursor: 'c1' }),
});

/** A sink that records what happens to it. */
function recorder() {
  const parts: Blob[] = [];
  const events: string[] = [];
  const sink: CsvSink = {
    write: async (part) => {
      parts.push(part);
      events.push('write');
    },
    close: async () => void events.push('close'),
    abort: async () => void events.push('abort'),
  };
  return { sink, parts, events };
}

async function textOf(parts: Blob[]): Promise<string> {
  const d = decode(new Uint8Array(await new Blob(parts).arrayBuffer()));
  if ('error' in d) throw new Error(`refused: ${d.error}`);
  return d.text;
}

describe('CSV export, streamed', () => {
  it('writes the header, then each page as its own Blob part as it arrives; the parts make one CSV the import reads back', async () => {
    const api = twoPages();
    const { sink, parts, events } = recorder();
    const progress: number[] = [];

    const rows = await streamCsv({ filter: { vip: false } }, sink, { onProgress: (n) => progress.push(n) });

    expect(rows).toBe(3);
    expect(progress).toEqual([2, 3]);
    expect(api.called('exportProspects').map((c) => c.input)).toEqual([
      { selection: { filter: { vip: false } }, limit: 1000 },
      { selection: { filter: { vip: false } }, limit: 1000, cursor: 'c1' },
    ]);
    expect(events).toEqual(['write', 'write', 'write', 'close']);
    expect(parts.every((p) => p instanceof Blob)).toBe(true);
    // one part per page: the first page's part holds its two rows and nothing of the second page
    const firstPage = await textOf([parts[1]]);
    expect(firstPage).toContain('P 1');
    expect(firstPage).toContain('P 2');
    expect(firstPage).not.toContain('P 3');
    const parsed = parse(await textOf(parts));
    expect(parsed.header).toEqual(FIELDS.map((f) => HEADERS[f]));
    expect(parsed.rows.map((r) => toRow(r, guessMapping(parsed.header)))).toEqual([1, 2, 3].map((n) => ({ fullName: `P ${n}`, companyName: 'Co; "x"', email: `p${n}@x.io`, status: 'new', vip: 'false' })));
    // a BOM first, so spreadsheets read UTF-8
    expect(new Uint8Array(await parts[0].arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('stops asking for pages once cancelled, aborts the sink and rejects with the AbortError', async () => {
    const api = twoPages();
    const { sink, events } = recorder();
    const controller = new AbortController();

    const run = streamCsv({ ids: ['a'] }, sink, { onProgress: () => controller.abort(), signal: controller.signal });

    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(api.called('exportProspects')).toHaveLength(1);
    expect(events).toEqual(['write', 'write', 'abort']);
  });

  it('aborts the sink when a page fails, and says why', async () => {
    mockApi({ exportProspects: (input) => (input.cursor ? apiError(503, 'UNAVAILABLE', 'Try again') : { items: [row(1)], nextCursor: 'c1' }) });
    const { sink, events } = recorder();

    await expect(streamCsv({ filter: {} }, sink)).rejects.toMatchObject({ status: 503, code: 'UNAVAILABLE' });
    expect(events).toEqual(['write', 'write', 'abort']);
  });

  it('a download keeps the pages as Blob parts and saves them as one file on close, none when cancelled', async () => {
    twoPages();
    saved.length = 0;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const sink = downloadSink('prospects.csv');

    await streamCsv({ filter: {} }, sink);

    expect(click).toHaveBeenCalledTimes(1);
    expect(saved).toHaveLength(1);
    expect(saved[0].type).toBe('text/csv;charset=utf-8');
    expect(parse(await textOf([saved[0]])).rows).toHaveLength(3);
    expect(sink.parts).toHaveLength(0);

    const cancelled = downloadSink('prospects.csv');
    const controller = new AbortController();
    await expect(streamCsv({ filter: {} }, cancelled, { onProgress: () => controller.abort(), signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(click).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('writes straight into a picked file and commits it on close (abort on cancel)', async () => {
    twoPages();
    const written: Blob[] = [];
    const calls: string[] = [];
    const handle = {
      createWritable: async () => ({
        write: async (b: Blob) => void written.push(b),
        close: async () => void calls.push('close'),
        abort: async () => void calls.push('abort'),
      }),
    };

    await streamCsv({ filter: {} }, await fileSink(handle));

    expect(calls).toEqual(['close']);
    expect(written).toHaveLength(3);
    expect(parse(await textOf(written)).rows).toHaveLength(3);
  });
});
