import { describe, expect, it } from 'vitest';
import { profileCsvFileName, toProfileGapsCsv, toSkpHistoryCsv, toTrainingHistoryCsv } from './profile-csv.ts';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import type { PerformanceEvaluationFieldsFragment as PerformanceEvaluation } from './profile.generated.ts';
import type { TimelineYear } from './profile.ts';

const employee = { nip: '198503122010011004', name: 'Siti Aminah' };
const gaps: CompetencyGap[] = [
  { requiredLevel: 3, currentLevel: 2, gap: 1, status: 'BELOW_STANDARD', critical: true, weight: 1, competency: { id: 'c', code: 'M.05', name: 'Pelayanan Publik', kind: 'MANAJERIAL' } },
];
const years: TimelineYear[] = [
  { year: 2026, jp: 12.5, entries: [{ id: 't', title: 'Literasi Digital; Dasar', provider: 'BPSDM Sumsel', start: '2026-03-02', end: '2026-03-04', status: 'COMPLETED', jp: 12.5 }] },
];
const skp: PerformanceEvaluation[] = [{ id: 'e', year: 2025, period: 'ANNUAL', predikat: 'SANGAT_BAIK', resultsRating: 'ABOVE_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION' }];
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('profile CSV', () => {
  it('writes the gaps with the NIP grouped', () => {
    const l = lines(toProfileGapsCsv(employee, gaps, 'id'));
    expect(l[0]).toBe('NIP;Nama;Kode kompetensi;Kompetensi;Level sekarang;Level standar;Kesenjangan;Keterangan;Kritis');
    expect(l[1]).toBe('19850312 201001 1 004;Siti Aminah;M.05;Pelayanan Publik;2;3;1;di bawah standar;ya');
  });

  it('writes the training history with decimal commas and quotes the separator', () => {
    const l = lines(toTrainingHistoryCsv(employee, years, 'id'));
    expect(l[0]).toBe('NIP;Nama;Tahun;Pelatihan;Penyelenggara;Mulai;Selesai;Status;JP');
    expect(l[1]).toBe('19850312 201001 1 004;Siti Aminah;2026;"Literasi Digital; Dasar";BPSDM Sumsel;2026-03-02;2026-03-04;selesai;12,5');
  });

  it('writes the SKP history, in English with ","', () => {
    const l = lines(toSkpHistoryCsv(employee, skp, 'en'));
    expect(l[0]).toBe('NIP,Name,Year,Period,Work results,Work behaviour,Rating');
    expect(l[1]).toBe('19850312 201001 1 004,Siti Aminah,2025,annual,Above expectation,Meets expectation,Sangat Baik');
    expect(profileCsvFileName('skp', 'id', 'Siti Aminah', '2026-11-27')).toBe('riwayat-skp-siti-aminah-2026-11-27.csv');
  });
});
