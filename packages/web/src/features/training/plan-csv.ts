/**
 * The training plan as a CSV file that Excel opens as it should: UTF-8 with a byte-order mark (so
 * names with diacritics survive), CRLF line ends and RFC 4180 quoting. Excel in Indonesian regional
 * settings uses ";" as the list separator and "," as the decimal mark, so the Indonesian file is
 * written that way and the English one with "," and ".". Pure: the page turns the text into a download.
 */
import type { CompetencyClosure, PlannedTraining } from './training.graphql.ts';

export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null;

export interface CsvOptions {
  delimiter: ',' | ';';
  /** Decimal mark of numbers written as text (default "."). */
  decimal?: ',' | '.';
}

/** The delimiter and decimal mark Excel expects for an interface language. */
export function csvOptionsFor(locale: string): CsvOptions {
  return locale === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}

/**
 * One field. Text that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) is
 * prefixed with an apostrophe (OWASP "CSV injection"); fields with the delimiter, a quote, a line
 * break or edge spaces are quoted, with quotes doubled.
 */
export function csvField(value: CsvCell, options: CsvOptions): string {
  if (value === null) return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // No grouping, at most two decimals, the decimal mark of the file.
    text = String(Math.round(value * 100) / 100).replace('.', options.decimal ?? '.');
  } else {
    text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  }
  const needsQuotes = text.includes(options.delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, one line per row, CRLF between lines and after the last. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  return UTF8_BOM + rows.map((row) => row.map((cell) => csvField(cell, options)).join(options.delimiter)).join('\r\n') + '\r\n';
}

/**
 * A NIP as it is printed on Indonesian personnel documents: "19850312 201001 1 004" (birth date,
 * start of service, gender, sequence). Spreadsheets keep it as text, where 18 bare digits would
 * become 1.98503E+17. Anything that is not 18 digits is returned unchanged.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s/g, '');
  return /^\d{18}$/.test(digits) ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}` : nip;
}

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
export function describeClosures(closes: readonly CompetencyClosure[], notAssessed: string): string {
  return closes.map((c) => `${c.code} ${c.name}: ${c.fromLevel ?? notAssessed} → ${c.toLevel}`).join('; ');
}

/** Header and one row per assignment, in the planner's order. */
export function planCsvRows(assignments: readonly PlannedTraining[], texts: PlanCsvTexts): CsvCell[][] {
  const h = texts.headers;
  return [
    [h.nip, h.name, h.position, h.unit, h.courseCode, h.course, h.jp, h.closes, h.gapClosed],
    ...assignments.map((a) => [
      formatNip(a.employee.nip),
      a.employee.name,
      a.employee.position.name,
      a.employee.workUnit.name,
      a.course.code,
      a.course.title,
      a.course.jp,
      describeClosures(a.closes, texts.notAssessed),
      a.gapClosed,
    ]),
  ];
}

/** A file name without characters that file systems refuse: "rencana-pelatihan-dinkes-2026-11-27.csv". */
export function csvFileName(prefix: string, unit: string, day: string): string {
  const slug = `${prefix}-${unit}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug}-${day}.csv`;
}
