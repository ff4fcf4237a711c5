/**
 * Kebutuhan pelatihan as CSV: the scope's summary, then every unit of the needs table (all of them,
 * not only the ten shown before "more"), one line per unit and competency, in the table's order. Pure.
 */
import { csvFileNameSlug } from '../../lib/csv-file-name.ts';
import { csvOptionsFor, toCsv, type CsvValue } from '../../lib/csv.ts';
import type { RankedUnitNeeds } from './training-plan.ts';
import type { TrainingNeedsOfUnitFragment as UnitTrainingNeeds } from './training.generated.ts';
import { trainingMessages } from './training.messages.ts';

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function toTrainingNeedsCsv(summary: UnitTrainingNeeds | null, units: readonly RankedUnitNeeds[], locale: string): string {
  const m = trainingMessages[locale === 'en' ? 'en' : 'id'].needsCsv;
  const h = m.headers;
  const lines = (label: string, total: number | null, unit: UnitTrainingNeeds): CsvValue[][] =>
    unit.needs.map((need, i) => [
      label,
      round2(total),
      i + 1,
      need.code,
      need.name,
      round2(need.totalWeightedGap),
      need.employeesBelow,
      need.employeesAssessed,
      need.totalWeightedGap === null ? m.withheld : null,
    ]);
  const rows: CsvValue[][] = [
    ...(summary ? lines(m.scope.replace('{unit}', summary.unit.label), null, summary) : []),
    ...units.flatMap((u) => lines(u.unit.label, u.totalWeightedGap, u)),
  ];
  return toCsv([h.unit, h.unitTotal, h.rank, h.code, h.competency, h.weightedGap, h.below, h.assessed, h.note], rows, csvOptionsFor(locale));
}

/** "kebutuhan-pelatihan-kota-palembang-2026-11-27.csv". */
export function trainingNeedsCsvFileName(locale: string, scope: string, day: string): string {
  return csvFileNameSlug(trainingMessages[locale === 'en' ? 'en' : 'id'].needsCsv.filePrefix, scope, day);
}
