/**
 * The unit comparison on screen as CSV: one line per unit and competency, in the order of the
 * tables, with the rank among the unit's largest gaps (1 = largest). Pure.
 */
import { csvOptionsFor, toCsv, type CsvValue } from '../../lib/csv.ts';
import type { UnitProfileFieldsFragment as UnitProfile } from './compare-units.generated.ts';
import { compareCsvMessages } from './compare.messages.ts';

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function toCompareCsv(profiles: readonly UnitProfile[], locale: string): string {
  const m = compareCsvMessages[locale === 'en' ? 'en' : 'id'];
  const h = m.headers;
  const rows: CsvValue[][] = profiles.flatMap((p) =>
    p.competencies.map((c) => {
      const rank = p.largestGaps.findIndex((g) => g.code === c.code);
      return [
        p.unit.label,
        c.code,
        c.name,
        c.employees,
        round2(c.meanLevel),
        round2(c.meanRequired),
        round2(c.meanGap),
        round2(c.cityMeanLevel),
        round2(c.differenceFromCity),
        rank < 0 ? null : rank + 1,
        c.meanLevel === null ? m.reason[c.reason ?? 'NO_DATA'] : null,
      ];
    }),
  );
  return toCsv([h.unit, h.code, h.competency, h.employees, h.meanLevel, h.meanRequired, h.meanGap, h.cityMean, h.difference, h.gapRank, h.note], rows, csvOptionsFor(locale));
}

export function compareCsvFileName(locale: string, day: string): string {
  return `${compareCsvMessages[locale === 'en' ? 'en' : 'id'].filePrefix}-${day}.csv`;
}
