/**
 * The employee profile's tables as CSV: the gaps to close, the training history and the SKP history,
 * each line with the employee's NIP (grouped, so spreadsheets keep it as text) and name, so the
 * files can be put together. From what the page shows; pure.
 */
import { csvFileNameSlug } from '../../lib/csv-file-name.ts';
import { csvOptionsFor, formatNip, toCsv, type CsvValue } from '../../lib/csv.ts';
import { domainMessages } from '../../shared/domain/domain.messages.ts';
import type { TimelineYear } from './profile.ts';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import type { PerformanceEvaluationFieldsFragment as PerformanceEvaluation } from './profile.generated.ts';
import { profileMessages } from './profile.messages.ts';

export interface ProfileCsvEmployee {
  nip: string;
  name: string;
}

const texts = (locale: string) => profileMessages[locale === 'en' ? 'en' : 'id'];

export function toProfileGapsCsv(employee: ProfileCsvEmployee, gaps: readonly CompetencyGap[], locale: string): string {
  const m = texts(locale);
  const h = m.csv.headers;
  const rows: CsvValue[][] = gaps.map((g) => [
    formatNip(employee.nip),
    employee.name,
    g.competency.code,
    g.competency.name,
    g.currentLevel,
    g.requiredLevel,
    g.gap,
    m.csv.status[g.status],
    g.critical ? m.csv.yes : null,
  ]);
  return toCsv([h.nip, h.name, h.code, h.competency, h.currentLevel, h.requiredLevel, h.gap, h.status, h.critical], rows, csvOptionsFor(locale));
}

/** One line per training, by year as the timeline groups them (newest first); dates as YYYY-MM-DD. */
export function toTrainingHistoryCsv(employee: ProfileCsvEmployee, years: readonly TimelineYear[], locale: string): string {
  const m = texts(locale);
  const h = m.csv.headers;
  const rows: CsvValue[][] = years.flatMap((y) =>
    y.entries.map((e) => [formatNip(employee.nip), employee.name, y.year, e.title, e.provider, e.start, e.end, m.trainingStatus[e.status], e.jp]),
  );
  return toCsv([h.nip, h.name, h.year, h.title, h.provider, h.start, h.end, h.trainingStatus, h.jp], rows, csvOptionsFor(locale));
}

export function toSkpHistoryCsv(employee: ProfileCsvEmployee, evaluations: readonly PerformanceEvaluation[], locale: string): string {
  const m = texts(locale);
  const h = m.csv.headers;
  // The predikat's official name (PermenPANRB 6/2022) in every language, as in the other CSV files.
  const predikat = domainMessages.id.predikat;
  const rows: CsvValue[][] = evaluations.map((e) => [
    formatNip(employee.nip),
    employee.name,
    e.year,
    m.skp.periods[e.period],
    m.rating[e.resultsRating],
    m.rating[e.behaviourRating],
    predikat[e.predikat],
  ]);
  return toCsv([h.nip, h.name, h.year, h.period, h.results, h.behaviour, h.predikat], rows, csvOptionsFor(locale));
}

/** "kesenjangan-siti-aminah-2026-11-27.csv", "riwayat-skp-…". */
export function profileCsvFileName(table: 'gaps' | 'training' | 'skp', locale: string, name: string, day: string): string {
  return csvFileNameSlug(texts(locale).csv.files[table], name, day);
}
