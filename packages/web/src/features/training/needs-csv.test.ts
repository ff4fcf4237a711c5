import { describe, expect, it } from 'vitest';
import { toTrainingNeedsCsv, trainingNeedsCsvFileName } from './needs-csv.ts';
import type { RankedUnitNeeds } from './training-plan.ts';
import type { TrainingNeedFieldsFragment as TrainingNeed, TrainingNeedsOfUnitFragment as UnitTrainingNeeds } from './training.generated.ts';

const need = (code: string, totalWeightedGap: number | null): TrainingNeed => ({
  code, name: `Kompetensi ${code}`, totalWeightedGap, employeesBelow: totalWeightedGap === null ? null : 4, employeesAssessed: 10, reason: totalWeightedGap === null ? 'SUPPRESSED' : null, courses: [],
});
const summary: UnitTrainingNeeds = { unit: { id: 'k', label: 'Kota Palembang', kind: null }, needs: [need('M.05', 12.25)] };
const units: RankedUnitNeeds[] = [{ unit: { id: '1', label: 'Dinas Kesehatan', kind: 'DINAS' }, needs: [need('M.05', 6.5), need('T.01', null)], totalWeightedGap: 6.5 }];
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toTrainingNeedsCsv', () => {
  it('writes the summary then one Indonesian line per unit and need', () => {
    const l = lines(toTrainingNeedsCsv(summary, units, 'id'));
    expect(l[0]).toBe('Unit kerja;Total kesenjangan tertimbang unit;Peringkat;Kode kompetensi;Kompetensi;Kesenjangan tertimbang;Pegawai di bawah standar;Pegawai dinilai;Keterangan');
    expect(l[1]).toBe('Ringkasan: Kota Palembang;;1;M.05;Kompetensi M.05;12,25;4;10;');
    expect(l[2]).toBe('Dinas Kesehatan;6,5;1;M.05;Kompetensi M.05;6,5;4;10;');
    expect(l[3]).toBe('Dinas Kesehatan;6,5;2;T.01;Kompetensi T.01;;;10;disembunyikan (kelompok terlalu kecil)');
  });

  it('writes English with "," and decimal points', () => {
    const l = lines(toTrainingNeedsCsv(null, units, 'en'));
    expect(l[0].startsWith('Work unit,Unit total weighted gap,Rank')).toBe(true);
    expect(l[1]).toBe('Dinas Kesehatan,6.5,1,M.05,Kompetensi M.05,6.5,4,10,');
    expect(trainingNeedsCsvFileName('id', 'Kota Palembang', '2026-11-27')).toBe('kebutuhan-pelatihan-kota-palembang-2026-11-27.csv');
  });
});
