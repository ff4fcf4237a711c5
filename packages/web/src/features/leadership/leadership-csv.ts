/**
 * The leadership dashboard as one CSV table (section, item, value, employees, note): the headline
 * figures, readiness per unit and per quarter, the pillars, 20 JP compliance per unit, the SKP
 * predikat counts and the 9-box counts, from the answer the page already shows. Shares are written
 * as percentages. Pure: the page turns the text into a download.
 */
import { csvOptionsFor, toCsv, type CsvValue } from '../../lib/csv.ts';
import { toHeadline, toPredikatCounts } from './leadership-dashboard.ts';
import type { HeatmapCellReason as WithheldReason, LeadershipDashboardQuery } from './leadership-dashboard.generated.ts';
import { leadershipCsvMessages } from './leadership.messages.ts';

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function toLeadershipCsv(data: LeadershipDashboardQuery, locale: string): string {
  const m = leadershipCsvMessages[locale === 'en' ? 'en' : 'id'];
  const why = (reason: WithheldReason | null, value: unknown) => (value === null ? m.reason[reason ?? 'NO_DATA'] : null);
  const headline = toHeadline(data);
  const { digitalReadiness: readiness, developmentHoursCompliance: hours, performanceDistribution: skp, talentMatrix } = data;
  const s = m.sections;
  const rows: CsvValue[][] = [
    [s.headline, m.items.employees, headline.employees, null, null],
    [s.headline, m.items.cityIndex, round2(headline.cityIndex), null, why(readiness.summary.reason, headline.cityIndex)],
    [s.headline, m.items.nationalIndex, round2(headline.nationalIndex), null, null],
    [s.headline, fill(m.items.jpShare, { year: hours.year }), percent(headline.jpShare), hours.summary.employees, why(hours.summary.reason, headline.jpShare)],
    [s.headline, fill(m.items.skpShare, { year: skp.year }), percent(headline.sangatBaikShare), null, why(skp.summary.reason, headline.sangatBaikShare)],
    ...readiness.rows.map((r) => [s.readiness, r.unit.label, round2(r.index), r.employees, why(r.reason, r.index)]),
    ...readiness.trend.map((q) => [s.trend, q.quarter, round2(q.index), null, why(null, q.index)]),
    ...readiness.summary.pillars.map((p) => [
      s.pillars,
      p.name,
      round2(p.meanLevel),
      null,
      why(null, p.meanLevel) ?? fill(m.items.national, { value: String(round2(p.nationalBenchmark)).replace('.', locale === 'en' ? '.' : ',') }),
    ]),
    ...hours.rows.map((r) => [fill(s.compliance, { year: hours.year }), r.unit.label, percent(r.share), r.employees, why(r.reason, r.share)]),
    ...toPredikatCounts(skp.predikats, skp.summary.counts).map((c) => [fill(s.skp, { year: skp.year }), m.predikat[c.predikat], c.count, null, why(skp.summary.reason, c.count)]),
    ...talentMatrix.boxes.map((count, i) => [fill(s.nineBox, { year: talentMatrix.year }), fill(m.items.box, { box: i + 1 }), count, null, why('SUPPRESSED', count)]),
  ];
  const h = m.headers;
  return toCsv([h.section, h.item, h.value, h.employees, h.note], rows, csvOptionsFor(locale));
}

/** dasbor-pimpinan-2026-11-27.csv (leadership-dashboard-… in English). */
export function leadershipCsvFileName(locale: string, day: string): string {
  return `${leadershipCsvMessages[locale === 'en' ? 'en' : 'id'].filePrefix}-${day}.csv`;
}
