import { callFunction, type Input, type Output } from '@/lib/api-client';
import { FIELDS, HEADERS, unparse } from './csv';

type Selection = Input<'exportProspects'>['selection'];

/**
 * Exports the selection (the list's filter, or ids) as CSV, in the columns import reads: asks the server for pages
 * of 1,000 one after the other and appends each page's CSV text as it arrives; the file is built from the parts.
 */
export async function exportCsv(selection: Selection, onProgress: (rows: number) => void): Promise<{ rows: number; blob: Blob }> {
  const parts: string[] = [unparse(FIELDS.map((f) => HEADERS[f]), [])];
  let cursor: string | null = null;
  let rows = 0;
  do {
    const page: Output<'exportProspects'> = await callFunction('exportProspects', { selection, limit: 1000, ...(cursor ? { cursor } : {}) });
    if (page.items.length) parts.push('\r\n' + unparse([], page.items.map((r) => FIELDS.map((f) => r[f] ?? '')), false).replace(/^\r\n/, ''));
    rows += page.items.length;
    onProgress(rows);
    cursor = page.nextCursor;
  } while (cursor);
  return { rows, blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }) };
}

export function saveBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
