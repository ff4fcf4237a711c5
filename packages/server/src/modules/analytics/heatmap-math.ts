/**
 * The arithmetic of the heatmap, free of SQL and GraphQL so it can be tested on its own. A cell is
 * built from the sums of the facts behind it (see the analytics migration); its value is one of the
 * metrics, and it is withheld when too few employees stand behind it.
 */
export enum HeatmapMetric {
  MEAN_GAP = 'MEAN_GAP',
  SHARE_BELOW_STANDARD = 'SHARE_BELOW_STANDARD',
  COUNT_BELOW_STANDARD = 'COUNT_BELOW_STANDARD',
  MEAN_LEVEL = 'MEAN_LEVEL',
  COVERAGE = 'COVERAGE',
}

export enum CellReason {
  NO_DATA = 'NO_DATA',
  SUPPRESSED = 'SUPPRESSED',
}

/** Sums of facts (employee × competency) behind a cell. */
export interface Sums {
  nRequired: number;
  nRequiredAssessed: number;
  nBelow: number;
  sumGap: number;
  sumRequired: number;
  sumWeightedGap: number;
  nAssessed: number;
  /** Employees at level 1..5 (index 0..4). */
  nLevel: [number, number, number, number, number];
}

export const emptySums = (): Sums => ({
  nRequired: 0,
  nRequiredAssessed: 0,
  nBelow: 0,
  sumGap: 0,
  sumRequired: 0,
  sumWeightedGap: 0,
  nAssessed: 0,
  nLevel: [0, 0, 0, 0, 0],
});

export function addSums(into: Sums, more: Sums): Sums {
  into.nRequired += more.nRequired;
  into.nRequiredAssessed += more.nRequiredAssessed;
  into.nBelow += more.nBelow;
  into.sumGap += more.sumGap;
  into.sumRequired += more.sumRequired;
  into.sumWeightedGap += more.sumWeightedGap;
  into.nAssessed += more.nAssessed;
  for (let i = 0; i < 5; i++) into.nLevel[i] += more.nLevel[i];
  return into;
}

/** The employees a metric is computed over: those its denominator counts. */
export function populationOf(sums: Sums, metric: HeatmapMetric): number {
  switch (metric) {
    case HeatmapMetric.MEAN_LEVEL:
      return sums.nAssessed;
    case HeatmapMetric.COVERAGE:
      return sums.nRequired;
    default:
      return sums.nRequiredAssessed;
  }
}

/** The metric over the sums; null when nobody is behind it. */
export function metricValue(sums: Sums, metric: HeatmapMetric): number | null {
  const n = populationOf(sums, metric);
  if (n === 0) return null;
  switch (metric) {
    case HeatmapMetric.MEAN_GAP:
      return sums.sumGap / n;
    case HeatmapMetric.SHARE_BELOW_STANDARD:
      return sums.nBelow / n;
    case HeatmapMetric.COUNT_BELOW_STANDARD:
      return sums.nBelow;
    case HeatmapMetric.MEAN_LEVEL:
      return sums.nLevel.reduce((acc, count, i) => acc + count * (i + 1), 0) / n;
    case HeatmapMetric.COVERAGE:
      return sums.nRequiredAssessed / n;
  }
}

/**
 * A cell: several competencies (a group column, a row summary) share one population, so their
 * count of employees is the largest of theirs (a lower bound of the distinct employees); disjoint
 * populations (the rows of a column summary) add up.
 */
export interface Cell {
  sums: Sums;
  employees: number;
}

export const cellOf = (sums: Sums, metric: HeatmapMetric): Cell => ({ sums, employees: populationOf(sums, metric) });

/** Competencies of the same people: sums add, the count of employees is the largest. */
export function combineSamePeople(cells: Cell[]): Cell {
  const sums = emptySums();
  let employees = 0;
  for (const c of cells) {
    addSums(sums, c.sums);
    employees = Math.max(employees, c.employees);
  }
  return { sums, employees };
}

/** Different people (rows that partition the employees): sums and counts add. */
export function combineOtherPeople(cells: Cell[]): Cell {
  const sums = emptySums();
  let employees = 0;
  for (const c of cells) {
    addSums(sums, c.sums);
    employees += c.employees;
  }
  return { sums, employees };
}

export interface CellOutput {
  value: number | null;
  count: number;
  reason: CellReason | null;
}

/** The value shown, or why it is not: no data, or too few employees to show without exposing someone. */
export function present(cell: Cell, metric: HeatmapMetric, minGroupSize: number): CellOutput {
  const value = metricValue(cell.sums, metric);
  if (value === null || cell.employees === 0) return { value: null, count: 0, reason: CellReason.NO_DATA };
  if (cell.employees < minGroupSize) return { value: null, count: cell.employees, reason: CellReason.SUPPRESSED };
  return { value: Math.round(value * 10_000) / 10_000, count: cell.employees, reason: null };
}
