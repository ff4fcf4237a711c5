import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvField, csvFileName, csvOptionsFor, describeClosures, formatNip, planCsvRows, toCsv } from './plan-csv.ts';
import type { PlannedTraining } from './training.graphql.ts';

const comma = { delimiter: ',', decimal: '.' } as const;
const semicolon = { delimiter: ';', decimal: ',' } as const;

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('quotes %j as %j with a comma delimiter', (value, expected) => {
    expect(csvField(value, comma)).toBe(expected);
  });

  it('quotes the delimiter of the file only', () => {
    expect(csvField('a;b', semicolon)).toBe('"a;b"');
    expect(csvField('a;b', comma)).toBe('a;b');
    expect(csvField('a,b', semicolon)).toBe('a,b');
  });

  it.each(['=SUM(A1)', '+62811', '-1+1', '@cmd', '\tx'])('neutralises the formula %j', (value) => {
    expect(csvField(value, comma).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('writes numbers with the decimal mark of the file, two decimals at most, no grouping', () => {
    expect(csvField(1.5, comma)).toBe('1.5');
    expect(csvField(1.5, semicolon)).toBe('1,5');
    expect(csvField(2.3456, comma)).toBe('2.35');
    expect(csvField(12000, semicolon)).toBe('12000');
    expect(csvField(-0.5, comma)).toBe('-0.5');
    expect(csvField(Number.NaN, comma)).toBe('');
    expect(csvField(null, comma)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv([['NIP', 'Nama'], ['1', 'Siti Nurhaliza']], comma);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}NIP,Nama\r\n1,Siti Nurhaliza\r\n`);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(toCsv([['Muhammad Ridwan, S.Kom., M.T.I.', 'Ⅱ/a – é']], semicolon)).toBe(`${UTF8_BOM}Muhammad Ridwan, S.Kom., M.T.I.;Ⅱ/a – é\r\n`);
  });
});

describe('csvOptionsFor', () => {
  it('uses ; and , for Indonesian, , and . for English', () => {
    expect(csvOptionsFor('id')).toEqual(semicolon);
    expect(csvOptionsFor('en')).toEqual(comma);
  });
});

describe('formatNip', () => {
  it('groups 18 digits as printed on personnel documents', () => {
    expect(formatNip('198503122010011004')).toBe('19850312 201001 1 004');
    expect(formatNip('19850312 201001 1 004')).toBe('19850312 201001 1 004');
  });

  it('leaves anything else unchanged', () => {
    expect(formatNip('12345')).toBe('12345');
  });
});

const assignment: PlannedTraining = {
  gapClosed: 1.5,
  employee: { id: '7', name: 'Rina, S.Kep.', nip: '199001012015012001', position: { name: 'Perawat Ahli Pertama' }, workUnit: { name: 'Puskesmas Dempo' } },
  course: { id: '3', code: 'DTS-LITERASI', title: 'Literasi Digital: "Cakap" dan Aman', jp: 20 },
  closes: [
    { code: 'DC.1.1', name: 'Penelusuran Data', fromLevel: null, toLevel: 2, gapClosed: 1 },
    { code: 'M.05', name: 'Pelayanan Publik', fromLevel: 2, toLevel: 3, gapClosed: 0.5 },
  ],
};
const texts = {
  headers: { nip: 'NIP', name: 'Nama', position: 'Jabatan', unit: 'Unit kerja', courseCode: 'Kode', course: 'Pelatihan', jp: 'JP', closes: 'Menutup', gapClosed: 'Kesenjangan tertutup' },
  notAssessed: 'belum dinilai',
};

describe('planCsvRows', () => {
  it('writes a header and one row per assignment', () => {
    const rows = planCsvRows([assignment], texts);
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit kerja', 'Kode', 'Pelatihan', 'JP', 'Menutup', 'Kesenjangan tertutup']);
    expect(rows[1]).toEqual([
      '19900101 201501 2 001',
      'Rina, S.Kep.',
      'Perawat Ahli Pertama',
      'Puskesmas Dempo',
      'DTS-LITERASI',
      'Literasi Digital: "Cakap" dan Aman',
      20,
      'DC.1.1 Penelusuran Data: belum dinilai → 2; M.05 Pelayanan Publik: 2 → 3',
      1.5,
    ]);
  });

  it('makes a file that quotes what it must', () => {
    const csv = toCsv(planCsvRows([assignment], texts), semicolon);
    const line = csv.split('\r\n')[1];
    expect(line).toBe(
      '19900101 201501 2 001;Rina, S.Kep.;Perawat Ahli Pertama;Puskesmas Dempo;DTS-LITERASI;"Literasi Digital: ""Cakap"" dan Aman";20;"DC.1.1 Penelusuran Data: belum dinilai → 2; M.05 Pelayanan Publik: 2 → 3";1,5',
    );
  });
});

describe('describeClosures', () => {
  it('is empty for no closures', () => {
    expect(describeClosures([], 'belum dinilai')).toBe('');
  });
});

describe('csvFileName', () => {
  it('makes a safe, lower-case name', () => {
    expect(csvFileName('rencana-pelatihan', 'Dinas Kesehatan / Puskesmas é', '2026-11-27')).toBe('rencana-pelatihan-dinas-kesehatan-puskesmas-e-2026-11-27.csv');
  });
});
