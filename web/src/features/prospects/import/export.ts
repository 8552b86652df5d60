import { callFunction, type Input, type Output } from '@/lib/api-client';
import { FIELDS, HEADERS, unparse } from './csv';
import type { SaveFileHandle } from './save-file';

type Selection = Input<'exportProspects'>['selection'];

/** Where the CSV goes, part by part: a file the user picked, or Blob parts saved as a download at the end. */
export interface CsvSink {
  write(part: Blob): Promise<void>;
  /** The export is complete: commit the file / hand the download over. */
  close(): Promise<void>;
  /** Cancelled or failed: nothing is kept (a picked file keeps its old content, a download never starts). */
  abort(): Promise<void>;
}

/** Rows per exportProspects call (the function's maximum). */
export const PAGE_SIZE = 1000;

/**
 * Streams the selection (the list's filter, or ids) as CSV, in the columns import reads, into `sink`: asks the
 * server for one page after the other and writes each page as its own Blob part the moment it arrives, so the
 * export never exists as one string (nor as one list of rows). `signal` cancels between or during pages; the
 * sink is then aborted and the promise rejects with the AbortError.
 */
export async function streamCsv(selection: Selection, sink: CsvSink, opts: { onProgress?: (rows: number) => void; signal?: AbortSignal } = {}): Promise<number> {
  const { onProgress, signal } = opts;
  let rows = 0;
  try {
    await sink.write(new Blob([unparse(FIELDS.map((f) => HEADERS[f]), [])]));
    let cursor: string | null = null;
    do {
      signal?.throwIfAborted();
      const page: Output<'exportProspects'> = await callFunction('exportProspects', { selection, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { signal });
      signal?.throwIfAborted();
      if (page.items.length) {
        const text = unparse([], page.items.map((r) => FIELDS.map((f) => r[f] ?? '')), false).replace(/^\r\n/, '');
        await sink.write(new Blob(['\r\n', text]));
      }
      rows += page.items.length;
      onProgress?.(rows);
      cursor = page.nextCursor;
    } while (cursor);
  } catch (e) {
    await sink.abort().catch(() => undefined);
    throw e;
  }
  await sink.close();
  return rows;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Blob parts (the browser may keep them off the JS heap), saved as a download named `name` on close. */
export function downloadSink(name: string): CsvSink & { parts: Blob[] } {
  const parts: Blob[] = [];
  return {
    parts,
    async write(part) {
      parts.push(part);
    },
    async close() {
      saveBlob(name, new Blob(parts, { type: CSV_TYPE }));
      parts.length = 0;
    },
    async abort() {
      parts.length = 0;
    },
  };
}

/** Writes straight into the picked file; the browser commits it on close and discards it on abort. */
export async function fileSink(handle: SaveFileHandle): Promise<CsvSink> {
  const writable = await handle.createWritable();
  return {
    write: (part) => writable.write(part),
    close: () => writable.close(),
    abort: () => writable.abort(),
  };
}

export function saveBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
