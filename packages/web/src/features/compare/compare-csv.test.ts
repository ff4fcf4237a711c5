import { describe, expect, it } from 'vitest';
import { compareCsvFileName, toCompareCsv } from './compare-csv.ts';
import type { CompareProfileEntryFragment as CompetencyProfileEntry, UnitProfileFieldsFragment as UnitProfile } from './compare-units.generated.ts';
import { compareCsvMessages } from './compare.messages.ts';

const entry = (code: string, meanLevel: number | null, meanGap: number | null): CompetencyProfileEntry => ({
  code, name: `Kompetensi ${code}`, employees: 12, meanLevel, meanRequired: 3, meanGap, cityMeanLevel: 2.75, differenceFromCity: meanLevel === null ? null : meanLevel - 2.75,
  reason: meanLevel === null ? 'SUPPRESSED' : null,
});
const profiles: UnitProfile[] = [
  { unit: { id: '1', label: 'Dinas Kesehatan', kind: 'DINAS' }, competencies: [entry('M.01', 2.5, 0.5), entry('M.02', null, null)], largestGaps: [entry('M.01', 2.5, 0.5)] },
];
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toCompareCsv', () => {
  it('writes one Indonesian line per unit and competency, with ";" and decimal commas', () => {
    const l = lines(toCompareCsv(profiles, 'id'));
    expect(l[0]).toBe('Unit kerja;Kode kompetensi;Kompetensi;Jumlah pegawai;Level rata-rata;Level dipersyaratkan;Kesenjangan rata-rata;Rata-rata kota;Selisih dari kota;Peringkat kesenjangan terbesar;Keterangan');
    expect(l[1]).toBe('Dinas Kesehatan;M.01;Kompetensi M.01;12;2,5;3;0,5;2,75;-0,25;1;');
    expect(l[2]).toBe('Dinas Kesehatan;M.02;Kompetensi M.02;12;;3;;2,75;;;disembunyikan (kelompok terlalu kecil)');
  });

  it('writes English with "," and decimal points', () => {
    const l = lines(toCompareCsv(profiles, 'en'));
    expect(l[0].split(',')[0]).toBe('Work unit');
    expect(l[1]).toBe('Dinas Kesehatan,M.01,Kompetensi M.01,12,2.5,3,0.5,2.75,-0.25,1,');
    expect(compareCsvFileName('en', '2026-11-27')).toBe('compare-units-2026-11-27.csv');
  });

  it('has the same message keys in both languages', () => {
    expect(Object.keys(compareCsvMessages.en.headers)).toEqual(Object.keys(compareCsvMessages.id.headers));
  });
});
