/**
 * The training plan as CSV, through lib/csv.ts like every other export (BOM, CRLF, RFC 4180 quoting,
 * ";" and decimal commas for Indonesian Excel, formulas neutralised, NIPs grouped). Pure: the page
 * turns the text into a download.
 */
import { csvFileNameSlug } from '../../lib/csv-file-name.ts';
import { csvOptionsFor, formatNip, toCsv, type CsvValue } from '../../lib/csv.ts';
import { employeeLabel } from '../../lib/withheld-identity.ts';
import type { CompetencyClosureFieldsFragment } from '../employee/employee-fragments.generated.ts';
import type { PlannedTrainingFieldsFragment } from './training.generated.ts';

export interface PlanCsvTexts {
  headers: {
    nip: string;
    name: string;
    position: string;
    unit: string;
    courseCode: string;
    course: string;
    jp: string;
    closes: string;
    gapClosed: string;
  };
  /** Text of a level never assessed, e.g. "belum dinilai". */
  notAssessed: string;
}

/** "M.05 Pelayanan Publik: 2 → 3; DC.1.1 …: belum dinilai → 2". */
export function describeClosures(closes: readonly CompetencyClosureFieldsFragment[], notAssessed: string): string {
  return closes.map((c) => `${c.code} ${c.name}: ${c.fromLevel ?? notAssessed} → ${c.toLevel}`).join('; ');
}

/** One row per assignment, in the planner's order: the pseudonym where the name is withheld, no NIP then. */
export function planCsvRows(assignments: readonly PlannedTrainingFieldsFragment[], notAssessed: string): CsvValue[][] {
  return assignments.map((a) => [
    a.employee.nip === null ? null : formatNip(a.employee.nip),
    employeeLabel(a.employee),
    a.employee.position?.name ?? null,
    a.employee.workUnit?.name ?? null,
    a.course.code,
    a.course.title,
    a.course.jp,
    describeClosures(a.closes, notAssessed),
    // The planner's sums carry float noise (0.30000000000000004): two decimals are plenty.
    Math.round(a.gapClosed * 100) / 100,
  ]);
}

/** The whole file for the interface language. */
export function toPlanCsv(assignments: readonly PlannedTrainingFieldsFragment[], texts: PlanCsvTexts, locale: string): string {
  const h = texts.headers;
  return toCsv(
    [h.nip, h.name, h.position, h.unit, h.courseCode, h.course, h.jp, h.closes, h.gapClosed],
    planCsvRows(assignments, texts.notAssessed),
    csvOptionsFor(locale),
  );
}

/** "rencana-pelatihan-dinkes-2026-11-27.csv". */
export function planCsvFileName(prefix: string, unit: string, day: string): string {
  return csvFileNameSlug(prefix, unit, day);
}
