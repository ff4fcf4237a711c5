import { describe, expect, it } from 'vitest';
import { toUnitEmployeesCsv, unitEmployeesCsvFileName } from './unit-employees-csv.ts';
import type { EmployeeLevel } from './unit-employees.ts';

const employees: EmployeeLevel[] = [
  { id: '1', name: 'Aminah', pseudonymised: false, position: 'Perawat', unit: 'Puskesmas Ariodillah', requiredLevel: 3, currentLevel: 2, gap: 1, status: 'BELOW_STANDARD', critical: true },
  { id: '2', name: '=Budi', pseudonymised: false, position: 'Bidan', unit: 'Puskesmas Ariodillah', requiredLevel: null, currentLevel: null, gap: null, status: 'NOT_REQUIRED', critical: false },
];
const competency = { code: 'T.KES.08', name: 'Asuhan Keperawatan' };
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toUnitEmployeesCsv', () => {
  it('writes an Indonesian line per employee and guards against formulas', () => {
    const l = lines(toUnitEmployeesCsv(employees, competency, 'id'));
    expect(l[0]).toBe('Nama;Jabatan;Unit kerja;Kode kompetensi;Kompetensi;Level sekarang;Level standar;Kesenjangan;Keterangan;Kritis');
    expect(l[1]).toBe('Aminah;Perawat;Puskesmas Ariodillah;T.KES.08;Asuhan Keperawatan;2;3;1;di bawah standar;ya');
    expect(l[2]).toBe("'=Budi;Bidan;Puskesmas Ariodillah;T.KES.08;Asuhan Keperawatan;;;;tidak dipersyaratkan jabatannya;");
  });

  it('writes English with ","', () => {
    expect(lines(toUnitEmployeesCsv(employees, competency, 'en'))[0]).toBe('Name,Position,Work unit,Competency code,Competency,Current level,Required level,Gap,Note,Critical');
    expect(unitEmployeesCsvFileName('id', 'Dinas Kesehatan', 'M.05', '2026-11-27')).toBe('pegawai-dinas-kesehatan-m-05-2026-11-27.csv');
  });
});
