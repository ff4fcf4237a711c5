import { describe, expect, it } from 'vitest';
import { leadershipCsvFileName, toLeadershipCsv } from './leadership-csv.ts';
import type { LeadershipDashboardQuery } from './leadership-dashboard.generated.ts';

const city = { id: 'CITY', label: 'Kota Palembang' };
const data: LeadershipDashboardQuery = {
  digitalReadiness: {
    nationalBenchmark: 3.49,
    summary: { unit: city, index: 3.214, employees: 900, reason: null, pillars: [{ pillar: 'SKILLS', name: 'Digital Skills', meanLevel: 3.1, nationalBenchmark: 3.5 }] },
    rows: [
      { unit: { id: '1', label: 'Dinas Kominfo' }, index: 3.8, employees: 40, reason: null },
      { unit: { id: '2', label: 'Kecamatan Ilir Barat I' }, index: null, employees: 3, reason: 'SUPPRESSED' },
    ],
    trend: [{ quarter: '2026-Q3', day: '2026-09-30', index: 3.2 }],
  },
  developmentHoursCompliance: {
    year: 2026,
    target: 20,
    summary: { unit: city, share: 0.4567, employees: 1200, meetingTarget: 548, reason: null },
    rows: [{ unit: { id: '1', label: 'Dinas Kominfo' }, share: 0.5, employees: 40, meetingTarget: 20, reason: null }],
  },
  performanceDistribution: { year: 2025, predikats: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'], summary: { counts: [30, 60, 5, 3, 2], evaluations: 100, reason: null } },
  talentMatrix: { year: 2025, placed: 45, boxes: [1, 2, 3, 4, 5, 6, 7, 8, null] },
};

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toLeadershipCsv', () => {
  it('writes an Indonesian file with ";" and decimal commas, headline first', () => {
    const csv = toLeadershipCsv(data, 'id');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const l = lines(csv);
    expect(l[0]).toBe('Bagian;Butir;Nilai;Jumlah pegawai;Keterangan');
    expect(l[1]).toBe('Angka utama;Jumlah pegawai (ASN);1200;;');
    expect(l[2]).toBe('Angka utama;Indeks kesiapan digital kota;3,21;;');
    expect(l).toContain('Kesiapan digital per unit kerja (indeks 1–5);Kecamatan Ilir Barat I;;3;disembunyikan (kelompok terlalu kecil)');
    expect(l).toContain('Pemenuhan 20 JP per unit kerja 2026 (%);Dinas Kominfo;50;40;');
    expect(l).toContain('Sebaran predikat SKP 2025;Sangat Baik;30;;');
    expect(l).toContain('Matriks talenta (9-box) 2025;Kotak 9;;;disembunyikan (kelompok terlalu kecil)');
  });

  it('writes an English file with "," and decimal points', () => {
    const l = lines(toLeadershipCsv(data, 'en'));
    expect(l[0]).toBe('Section,Item,Value,Employees,Note');
    expect(l[2]).toBe('Headline figures,City digital readiness index,3.21,,');
    expect(l).toContain('Headline figures,Employees with ≥ 20 JP in 2026 (%),45.7,1200,');
  });

  it('names the file by language and day', () => {
    expect(leadershipCsvFileName('id', '2026-11-27')).toBe('dasbor-pimpinan-2026-11-27.csv');
    expect(leadershipCsvFileName('en', '2026-11-27')).toBe('leadership-dashboard-2026-11-27.csv');
  });
});
