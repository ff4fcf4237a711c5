import { describe, expect, it } from 'vitest';
import { describeClosures, planCsvFileName, planCsvRows, toPlanCsv } from './plan-csv.ts';
import type { PlannedTrainingFieldsFragment } from './training.generated.ts';

const assignment: PlannedTrainingFieldsFragment = {
  gapClosed: 1.5,
  employee: {
    id: '7',
    name: 'Rina, S.Kep.',
    nip: '199001012015012001',
    pseudonym: 'P-0A1B2C3D4E',
    position: { id: 'p', name: 'Perawat Ahli Pertama' },
    workUnit: { id: 'u', name: 'Puskesmas Dempo' },
  },
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
  it('writes one row per assignment', () => {
    expect(planCsvRows([assignment], texts.notAssessed)).toEqual([
      [
        '19900101 201501 2 001',
        'Rina, S.Kep.',
        'Perawat Ahli Pertama',
        'Puskesmas Dempo',
        'DTS-LITERASI',
        'Literasi Digital: "Cakap" dan Aman',
        20,
        'DC.1.1 Penelusuran Data: belum dinilai → 2; M.05 Pelayanan Publik: 2 → 3',
        1.5,
      ],
    ]);
  });

  it('shows the pseudonym and no NIP where the name is withheld (analysts)', () => {
    const withheld = { ...assignment, employee: { ...assignment.employee, name: null, nip: null } };
    expect(planCsvRows([withheld], texts.notAssessed)[0].slice(0, 2)).toEqual([null, 'P-0A1B2C3D4E']);
  });

  it('rounds the gap closed to two decimals', () => {
    expect(planCsvRows([{ ...assignment, gapClosed: 0.1 + 0.2 }], texts.notAssessed)[0][8]).toBe(0.3);
  });
});

describe('toPlanCsv', () => {
  it('makes an Indonesian Excel file that quotes what it must', () => {
    const csv = toPlanCsv([assignment], texts, 'id');
    expect(csv.startsWith('\uFEFFNIP;Nama;Jabatan;Unit kerja;Kode;Pelatihan;JP;Menutup;Kesenjangan tertutup\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '19900101 201501 2 001;Rina, S.Kep.;Perawat Ahli Pertama;Puskesmas Dempo;DTS-LITERASI;"Literasi Digital: ""Cakap"" dan Aman";20;"DC.1.1 Penelusuran Data: belum dinilai → 2; M.05 Pelayanan Publik: 2 → 3";1,5',
    );
  });

  it('uses commas and decimal points in English', () => {
    expect(toPlanCsv([assignment], texts, 'en').split('\r\n')[1]).toMatch(/^19900101 201501 2 001,"Rina, S\.Kep\.",.*,1\.5$/);
  });
});

describe('describeClosures', () => {
  it('is empty for no closures', () => {
    expect(describeClosures([], 'belum dinilai')).toBe('');
  });
});

describe('planCsvFileName', () => {
  it('makes a safe, lower-case name', () => {
    expect(planCsvFileName('rencana-pelatihan', 'Dinas Kesehatan / Puskesmas é', '2026-11-27')).toBe('rencana-pelatihan-dinas-kesehatan-puskesmas-e-2026-11-27.csv');
  });
});
