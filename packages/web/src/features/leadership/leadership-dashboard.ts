/**
 * Pure transforms of the leadership dashboard: the API's answers into headline figures, bars per
 * unit, the 9-box grid and display texts. No Vue, no chart.js.
 */
import { numberLocale } from '../../lib/format.ts';
import { NINE_BOX_LAYOUT } from '../../shared/domain/nine-box.ts';
import type { HeatmapCellReason as WithheldReason, LeadershipDashboardQuery, Predikat } from './leadership-dashboard.generated.ts';

/** The predikat, best first, as PermenPANRB 6/2022 orders them. */
export const PREDIKATS: readonly Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

/** JP of development a year every ASN has the right to (PP 17/2020). */
export const JP_TARGET = 20;

export interface Headline {
  /** Null when withheld. */
  employees: number | null;
  cityIndex: number | null;
  nationalIndex: number;
  /** Share (0–1) of employees with at least 20 JP this year; null when withheld. */
  jpShare: number | null;
  /** Share (0–1) of last year's annual SKP rated Sangat Baik; null when withheld or none. */
  sangatBaikShare: number | null;
}

/** One unit's bar; `value` null means no bar (withheld or no data). */
export interface UnitBar {
  id: string;
  label: string;
  value: number | null;
  reason: WithheldReason | null;
}

export interface PredikatCount {
  predikat: Predikat;
  count: number | null;
}

/** A box of the 9-box: its number (1–9) and the employees in it (null: withheld). */
export interface NineBoxCell {
  box: number;
  count: number | null;
}


/** The share of one predikat among the counts; null when any count is withheld or there are none. */
export function predikatShare(predikats: readonly Predikat[], counts: readonly (number | null)[], predikat: Predikat): number | null {
  const i = predikats.indexOf(predikat);
  if (i < 0 || counts.some((c) => c === null)) return null;
  const total = (counts as number[]).reduce((sum, c) => sum + c, 0);
  return total === 0 ? null : (counts[i] as number) / total;
}

/** The counts in the fixed best-first order, whatever order the API lists the predikat in. */
export function toPredikatCounts(predikats: readonly Predikat[], counts: readonly (number | null)[]): PredikatCount[] {
  return PREDIKATS.map((predikat) => {
    const i = predikats.indexOf(predikat);
    return { predikat, count: i < 0 ? null : (counts[i] ?? null) };
  });
}

export function toHeadline(data: LeadershipDashboardQuery): Headline {
  const { digitalReadiness: readiness, developmentHoursCompliance: hours, performanceDistribution: skp } = data;
  return {
    // The head count is an aggregate every role of this page may read (20 JP compliance counts everyone in scope).
    employees: hours.summary.employees,
    cityIndex: readiness.summary.index,
    nationalIndex: readiness.nationalBenchmark,
    jpShare: hours.summary.share,
    sangatBaikShare: predikatShare(skp.predikats, skp.summary.counts, 'SANGAT_BAIK'),
  };
}

/** Bars per unit in the API's order; a missing value without a reason counts as no data. */
export function toUnitBars<R extends { unit: { id: string; label: string }; reason: WithheldReason | null }>(
  rows: readonly R[],
  value: (row: R) => number | null,
): UnitBar[] {
  return rows.map((row) => {
    const v = value(row);
    return { id: row.unit.id, label: row.unit.label, value: v, reason: v === null ? (row.reason ?? 'NO_DATA') : null };
  });
}

/** The 3×3 grid of the 9-box, rows from high potential down; `boxes[0]` is box 1. */
export function toNineBoxGrid(boxes: readonly (number | null)[]): NineBoxCell[][] {
  return NINE_BOX_LAYOUT.map((row) => row.map((box) => ({ box, count: boxes[box - 1] ?? null })));
}

/** Nothing to show: nobody employed and no unit with a figure. */
export function isEmptyDashboard(data: LeadershipDashboardQuery): boolean {
  return (
    data.developmentHoursCompliance.summary.employees === 0 &&
    data.digitalReadiness.rows.every((r) => r.index === null) &&
    data.developmentHoursCompliance.rows.every((r) => r.share === null)
  );
}

/** An index on the 1–5 scale with two decimals ("3,21" in Indonesian). */
export function formatIndex(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0–1 as a percentage with at most one decimal. */
export function formatShare(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
