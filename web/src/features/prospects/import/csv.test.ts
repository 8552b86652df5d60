import { describe, expect, it } from 'vitest';
import { FIELDS, HEADERS, decode, guessMapping, parse, toRow, unparse } from './csv';

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
});
