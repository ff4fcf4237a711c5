/**
 * The drill-down panel's employees (the page of the list on screen) as CSV: one line per employee
 * with the level on the chosen competency against the standard. Pure.
 */
import { csvFileNameSlug } from '../../lib/csv-file-name.ts';
import { csvOptionsFor, toCsv, type CsvValue } from '../../lib/csv.ts';
import type { EmployeeLevel } from './unit-employees.ts';
import { unitEmployeesMessages } from './unit-employees.messages.ts';

export function toUnitEmployeesCsv(employees: readonly EmployeeLevel[], competency: { code: string; name: string } | null, locale: string): string {
  const m = unitEmployeesMessages[locale === 'en' ? 'en' : 'id'].csv;
  const h = m.headers;
  const rows: CsvValue[][] = employees.map((e) => [
    e.name,
    e.position,
    e.unit,
    competency?.code ?? null,
    competency?.name ?? null,
    e.currentLevel,
    e.requiredLevel,
    e.gap,
    m.status[e.status],
    e.critical ? m.yes : null,
  ]);
  return toCsv([h.name, h.position, h.unit, h.code, h.competency, h.currentLevel, h.requiredLevel, h.gap, h.status, h.critical], rows, csvOptionsFor(locale));
}

/** "pegawai-dinas-kesehatan-m-05-2026-11-27.csv". */
export function unitEmployeesCsvFileName(locale: string, unit: string, code: string, day: string): string {
  return csvFileNameSlug(unitEmployeesMessages[locale === 'en' ? 'en' : 'id'].csv.filePrefix, `${unit} ${code}`, day);
}
