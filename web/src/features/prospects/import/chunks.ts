import { checkField, recordRules } from '@/lib/validation';
import { FIELDS, type Field, type Row } from './csv';

/** One importProspects call: its rows and the spreadsheet row number of each (the server numbers from firstRow). */
export interface Chunk {
  firstRow: number;
  rows: Row[];
  rowNumbers: number[];
}

/** A row refused before it is sent, in the shape the server reports its own (row, field, message). */
export interface Refusal {
  row: number;
  field: Field;
  message: string;
}

/** The server reads at most 1 MiB per call (413 beyond): a chunk's rows stay well under it, whatever the cells. */
export const MAX_CHUNK_BYTES = 900_000;
export const MAX_CHUNK_ROWS = 500;

const utf8 = new TextEncoder();

/**
 * The rows as the calls that import them: at most 500 rows and MAX_CHUNK_BYTES of JSON each. A row with a cell the
 * contract refuses (ImportRow's lengths, from the generated rules) is not sent, since it would fail its whole chunk
 * with a 422 (or a 413 for a cell of megabytes): it is reported as that row's error, and the rest goes in.
 */
export function prepareChunks(rows: Row[], rowNumbers: number[], limits = { rows: MAX_CHUNK_ROWS, bytes: MAX_CHUNK_BYTES }): { chunks: Chunk[]; refused: Refusal[] } {
  const rules = recordRules('ImportRow');
  const chunks: Chunk[] = [];
  const refused: Refusal[] = [];
  let current: Chunk | null = null;
  let bytes = 0;
  rows.forEach((row, i) => {
    for (const f of FIELDS) {
      const issue = rules[f] ? checkField(row[f], rules[f]) : null;
      if (issue) {
        refused.push({ row: rowNumbers[i], field: f, message: issue });
        return;
      }
    }
    const size = utf8.encode(JSON.stringify(row)).length + 1;
    if (!current || current.rows.length >= limits.rows || bytes + size > limits.bytes) {
      current = { firstRow: rowNumbers[i], rows: [], rowNumbers: [] };
      chunks.push(current);
      bytes = 0;
    }
    current.rows.push(row);
    current.rowNumbers.push(rowNumbers[i]);
    bytes += size;
  });
  return { chunks, refused };
}

/** The spreadsheet row of an error the server reported as `firstRow + index` within the chunk. */
export function rowOf(chunk: Chunk, reported: number): number {
  return chunk.rowNumbers[reported - chunk.firstRow] ?? reported;
}
