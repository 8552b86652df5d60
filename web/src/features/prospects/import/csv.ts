import Papa from 'papaparse';

/** The fields a row of the import carries; also the export's columns, in this order (the CSV header names). */
export const FIELDS = ['fullName', 'companyName', 'jobTitle', 'email', 'linkedinUrl', 'location', 'status', 'vip', 'vipReason'] as const;
export type Field = (typeof FIELDS)[number];
export type Row = Partial<Record<Field, string>>;

/** The CSV header of each field (export writes these; import recognises them and common variants). */
export const HEADERS: Record<Field, string> = {
  fullName: 'full_name',
  companyName: 'company_name',
  jobTitle: 'job_title',
  email: 'email',
  linkedinUrl: 'linkedin_url',
  location: 'location',
  status: 'status',
  vip: 'is_vip',
  vipReason: 'vip_reason',
};

const ALIASES: Record<Field, string[]> = {
  fullName: ['fullname', 'name', 'nom', 'contact', 'contactname', 'person'],
  companyName: ['companyname', 'company', 'organization', 'organisation', 'entreprise', 'societe', 'account'],
  jobTitle: ['jobtitle', 'title', 'position', 'role', 'poste'],
  email: ['email', 'emailaddress', 'mail', 'courriel'],
  linkedinUrl: ['linkedinurl', 'linkedin', 'linkedinprofile', 'profileurl'],
  location: ['location', 'city', 'country', 'ville', 'pays'],
  status: ['status', 'stage', 'statut'],
  vip: ['isvip', 'vip'],
  vipReason: ['vipreason'],
};

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** For each field, the index of the header that names it (or -1). */
export function guessMapping(header: string[]): Record<Field, number> {
  const names = header.map(norm);
  const out = {} as Record<Field, number>;
  for (const f of FIELDS) out[f] = names.findIndex((n) => ALIASES[f].includes(n));
  return out;
}

export type Decoded = { text: string; encoding: 'utf-8' | 'windows-1252' } | { error: 'binary' };

/**
 * The file's bytes as text: UTF-8 when they are valid UTF-8 (a BOM is dropped), else Windows-1252 (what Excel on
 * Windows writes). NUL bytes mean it is no text file at all (e.g. an .xlsx renamed .csv): refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { error: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export interface Parsed {
  header: string[];
  /** the records that carry a value (blank lines and records of empty cells are left out) */
  rows: string[][];
  /**
   * The row number of each of `rows` as a spreadsheet shows it: the header is row 1 and every record counts,
   * blank ones included, so the report names the row the seller sees when a file has blank lines in it.
   */
  rowNumbers: number[];
  /** the first problem Papa Parse reported (unclosed quote...), with the record number it is on (header = 1) */
  problem: { row: number; message: string } | null;
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Parses CSV text (quotes, embedded newlines; the delimiter among , ; tab | is detected). */
export function parse(text: string): Parsed {
  // blank records are kept by the parser and dropped here, so that the records after them keep their numbers
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const records = result.data;
  const headerAt = records.findIndex((r) => !blank(r));
  const header = headerAt < 0 ? [] : records[headerAt];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerAt + 1; headerAt >= 0 && i < records.length; i++) {
    if (blank(records[i])) continue;
    rows.push(records[i]);
    rowNumbers.push(i + 1);
  }
  const first = result.errors.find((e) => e.code !== 'UndetectableDelimiter');
  return {
    header: header.map((h) => h.trim()),
    rows,
    rowNumbers,
    problem: first ? { row: (first.row ?? 0) + 1, message: first.message } : null,
  };
}

/**
 * A cell a spreadsheet would run as a formula (first character = + - @, tab or carriage return) is exported with a
 * leading apostrophe (OWASP's advice against CSV injection: prospect names come from LinkedIn and the workflows,
 * so an outsider writes them). Cells that already start with apostrophes before such a character get one more, so
 * import takes exactly one off and every value comes back as it was.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** The value an exported cell stood for: one escaping apostrophe taken off (see FORMULA). */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** A parsed record as the import's row, through the column mapping. */
export function toRow(cells: string[], mapping: Record<Field, number>): Row {
  const row: Row = {};
  for (const f of FIELDS) {
    const i = mapping[f];
    const value = i >= 0 && cells[i] !== undefined ? unescapeFormula(cells[i].trim()).trim() : '';
    if (value !== '') row[f] = value;
  }
  return row;
}

/**
 * CSV text from a header and rows (quotes where needed, formulas escaped: see FORMULA), with a BOM so spreadsheets
 * read it as UTF-8.
 */
export function unparse(header: string[], rows: (string | null | undefined)[][], bom = true): string {
  return (bom ? '\uFEFF' : '') + Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => c ?? '')) }, { newline: '\r\n', escapeFormulae: FORMULA });
}
