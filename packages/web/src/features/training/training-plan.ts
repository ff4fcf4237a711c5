/**
 * Pure transforms of the training-needs page: units ranked by their needs, the planner's
 * before/after heatmaps in the heatmap feature's shape (so its chart, table and scale draw them),
 * and the plan summed up per course. No Vue, no chart.js.
 */
import { type HeatmapAnswer, type HeatmapSummary } from '../../shared/heatmap/heatmap-matrix.ts';
import { scaleFor, type ColourScale } from '../../shared/heatmap/heatmap-scale.ts';
import type { PlanHeatmapFieldsFragment as PlanHeatmap, PlannedTrainingFieldsFragment as PlannedTraining, TrainingNeedsOfUnitFragment as UnitTrainingNeeds } from './training.generated.ts';
import { numberLocale } from '../../lib/format.ts';

export interface RankedUnitNeeds extends UnitTrainingNeeds {
  /** Σ total weighted gap of the unit's listed needs; null when every figure is withheld. */
  totalWeightedGap: number | null;
}

/**
 * Units by the total weighted gap of their listed needs, largest first; units whose figures are
 * all withheld go last, in the API's order.
 */
export function rankUnitNeeds(rows: readonly UnitTrainingNeeds[]): RankedUnitNeeds[] {
  const ranked = rows.map((row, index) => {
    const known = row.needs.map((n) => n.totalWeightedGap).filter((v): v is number => v !== null);
    return { ...row, totalWeightedGap: known.length > 0 ? known.reduce((a, b) => a + b, 0) : null, index };
  });
  ranked.sort((a, b) => {
    if (a.totalWeightedGap === null || b.totalWeightedGap === null) {
      return a.totalWeightedGap === b.totalWeightedGap ? a.index - b.index : a.totalWeightedGap === null ? 1 : -1;
    }
    return b.totalWeightedGap - a.totalWeightedGap || a.index - b.index;
  });
  return ranked.map(({ index: _index, ...row }) => row);
}

/**
 * Count-weighted means along one axis: the mean gap over every employee × competency behind the
 * cells of a row (or a column). Withheld cells carry no value and count for nothing.
 */
function summaryAlong(plan: PlanHeatmap, axis: 'rows' | 'columns'): HeatmapSummary {
  const width = plan.columns.length;
  const length = axis === 'rows' ? plan.rows.length : width;
  const sums = new Array<number>(length).fill(0);
  const counts = new Array<number>(length).fill(0);
  plan.values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const k = axis === 'rows' ? Math.floor(i / width) : i % width;
    const count = plan.counts[i] ?? 0;
    sums[k] += value * count;
    counts[k] += count;
  });
  return {
    values: sums.map((sum, k) => (counts[k] > 0 ? sum / counts[k] : null)),
    counts,
    reasons: counts.map((c) => (c > 0 ? null : 'NO_DATA')),
  };
}

/** One of the planner's heatmaps as a MEAN_GAP heatmap answer, with count-weighted summaries. */
export function planHeatmapAnswer(plan: PlanHeatmap, asOf: string, minGroupSize = 5): HeatmapAnswer {
  return {
    asOf,
    source: 'ROLLUP',
    metric: 'MEAN_GAP',
    minGroupSize,
    rows: plan.rows,
    columns: plan.columns,
    values: plan.values,
    counts: plan.counts,
    reasons: plan.reasons,
    rowSummary: summaryAlong(plan, 'rows'),
    columnSummary: summaryAlong(plan, 'columns'),
  };
}

/** One colour scale for both heatmaps, so the same colour means the same gap before and after. */
export function sharedPlanScale(before: PlanHeatmap, after: PlanHeatmap): ColourScale {
  return scaleFor('MEAN_GAP', [...before.values, ...after.values]);
}

export interface CoursePlanLine {
  courseId: string;
  code: string;
  title: string;
  jp: number;
  participants: number;
  totalJp: number;
  gapClosed: number;
  /** Competency codes the course closes gaps on in this plan, in first-seen order. */
  competencies: string[];
}

/** The plan per course: participants, JP and gap closed; most participants first, then by code. */
export function planByCourse(assignments: readonly PlannedTraining[]): CoursePlanLine[] {
  const lines = new Map<string, CoursePlanLine>();
  for (const a of assignments) {
    const line = lines.get(a.course.id) ?? {
      courseId: a.course.id,
      code: a.course.code,
      title: a.course.title,
      jp: a.course.jp,
      participants: 0,
      totalJp: 0,
      gapClosed: 0,
      competencies: [],
    };
    line.participants += 1;
    line.totalJp += a.course.jp;
    line.gapClosed += a.gapClosed;
    for (const c of a.closes) if (!line.competencies.includes(c.code)) line.competencies.push(c.code);
    lines.set(a.course.id, line);
  }
  return [...lines.values()].sort((a, b) => b.participants - a.participants || a.code.localeCompare(b.code));
}

/** Share (0–1) of the weighted gap the plan closes; null when there was no gap to close. */
export function closedShare(gapClosed: number, gapBefore: number): number | null {
  return gapBefore > 0 ? gapClosed / gapBefore : null;
}

/** Nothing to draw: no rows, no columns, or no cell with a value. */
export function isEmptyPlanHeatmap(plan: PlanHeatmap): boolean {
  return plan.rows.length === 0 || plan.columns.length === 0 || plan.values.every((v) => v === null);
}

/** A weighted gap as people read it: at most one decimal, grouped thousands ("1.234,5" in Indonesian). */
export function formatWeightedGap(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
