/**
 * From the API's matrix-shaped heatmap (row-major arrays) to what the chart and the table draw:
 * cells with display coordinates, rows and columns in the chosen order, formatted values. Pure.
 */
import type { HeatmapAxisEntryFieldsFragment } from '../../features/employee/employee-fragments.generated.ts';
import { numberLocale, truncateLabel } from '../../lib/format.ts';
import type { HeatmapMetric, SortOrder } from './heatmap-options.ts';
import type { NullReason } from './heatmap-scale.ts';

/** A row or column of a heatmap as the API sends it (the generated fragment type). */
export type HeatmapAxisEntry = HeatmapAxisEntryFieldsFragment;

export interface HeatmapSummary {
  values: (number | null)[];
  /** Employees behind each value; null where withheld (a withheld figure has no count). */
  counts: (number | null)[];
  reasons: (NullReason | null)[];
}

/**
 * What the chart and table draw from: the `competencyGapHeatmap` answer as the operation selects it,
 * or a training plan's before/after matrix brought to the same shape (training-plan.ts). The compile
 * check below keeps it equal to the generated type of the operation.
 */
export interface HeatmapAnswer {
  asOf: string;
  source: 'ROLLUP' | 'RECOMPUTED';
  metric: HeatmapMetric;
  minGroupSize: number;
  rows: HeatmapAxisEntry[];
  columns: HeatmapAxisEntry[];
  values: (number | null)[];
  /** Employees behind each cell; null where withheld. */
  counts: (number | null)[];
  reasons: (NullReason | null)[];
  rowSummary: HeatmapSummary;
  columnSummary: HeatmapSummary;
}

/** A row or column in display order, with its summary over the other axis. */
export interface MatrixAxisItem extends HeatmapAxisEntry {
  /** Short text for the chart axis (a competency code, a short unit name). */
  shortLabel: string;
  summary: number | null;
  /** Null when the summary is withheld. */
  summaryCount: number | null;
  summaryReason: NullReason | null;
}

/** One cell; `x` and `y` are display positions (column and row index after sorting). */
export interface MatrixCell {
  x: number;
  y: number;
  rowId: string;
  columnId: string;
  value: number | null;
  /** Employees behind the cell; null when withheld. */
  count: number | null;
  /** Why `value` is null; NO_DATA when the API gave no reason for a missing value. */
  reason: NullReason | null;
}

export interface HeatmapMatrix {
  rows: MatrixAxisItem[];
  columns: MatrixAxisItem[];
  /** Row-major in display order: cells[y * columns.length + x]. */
  cells: MatrixCell[];
  /** Columns left out because none of their cells had data (`hideEmptyColumns`). */
  hiddenColumns: number;
}

export interface MatrixOptions {
  sortRows?: SortOrder;
  sortColumns?: SortOrder;
  /** Text of a row (e.g. a translated jabatan kind); the API label by default. */
  rowLabel?: (entry: HeatmapAxisEntry) => string;
  /**
   * Leaves out columns in which no cell has data (nobody in any row is required to have the
   * competency or has been assessed on it). Columns with withheld cells stay: there is data behind them.
   */
  hideEmptyColumns?: boolean;
}

/**
 * The display order of entries by their summary: a permutation of the indices. Entries without a
 * value go last; ties keep the API's order.
 */
export function sortOrder(summary: readonly (number | null)[], order: SortOrder): number[] {
  const indices = summary.map((_, i) => i);
  if (order === 'none') return indices;
  const sign = order === 'desc' ? -1 : 1;
  return indices.sort((a, b) => {
    const va = summary[a];
    const vb = summary[b];
    if (va === null || vb === null) return va === vb ? a - b : va === null ? 1 : -1;
    return va === vb ? a - b : sign * (va - vb);
  });
}

/** Shortens a label for an axis, with an ellipsis; the full text stays in tooltips and the table. */

function axisItems(
  entries: readonly HeatmapAxisEntry[],
  summary: HeatmapSummary,
  label: (entry: HeatmapAxisEntry) => string,
  shortLabel: (entry: HeatmapAxisEntry, label: string) => string,
): MatrixAxisItem[] {
  return entries.map((entry, i) => {
    const text = label(entry);
    return {
      ...entry,
      label: text,
      shortLabel: shortLabel(entry, text),
      summary: summary.values[i] ?? null,
      summaryCount: summary.counts[i] === undefined ? 0 : summary.counts[i],
      summaryReason: summary.values[i] == null ? (summary.reasons[i] ?? 'NO_DATA') : null,
    };
  });
}

/** The heatmap as display-ordered rows, columns and cells. */
export function toHeatmapMatrix(answer: HeatmapAnswer, options: MatrixOptions = {}): HeatmapMatrix {
  const rowLabel = options.rowLabel ?? ((entry: HeatmapAxisEntry) => entry.label);
  // Ordered along the axis itself, so a summary of the wrong length cannot invent or drop entries.
  const rowOrder = sortOrder(answer.rows.map((_, i) => answer.rowSummary.values[i] ?? null), options.sortRows ?? 'none');
  const width = answer.columns.length;
  const hasData = (c: number) => answer.rows.some((_, r) => answer.values[r * width + c] != null || answer.reasons[r * width + c] === 'SUPPRESSED');
  const columnOrder = sortOrder(answer.columns.map((_, i) => answer.columnSummary.values[i] ?? null), options.sortColumns ?? 'none').filter(
    (c) => !options.hideEmptyColumns || hasData(c),
  );
  const allRows = axisItems(answer.rows, answer.rowSummary, rowLabel, (_, text) => truncateLabel(text, 28));
  // Competency names are long sentences; their codes (DC.1.2, M.05) make readable axis ticks.
  const allColumns = axisItems(answer.columns, answer.columnSummary, (e) => e.label, (e) => truncateLabel(e.id, 14));
  const cells: MatrixCell[] = [];
  rowOrder.forEach((r, y) => {
    columnOrder.forEach((c, x) => {
      const i = r * width + c;
      const value = answer.values[i] ?? null;
      cells.push({
        x,
        y,
        rowId: answer.rows[r].id,
        columnId: answer.columns[c].id,
        value,
        count: answer.counts[i] === undefined ? 0 : answer.counts[i],
        reason: value === null ? (answer.reasons[i] ?? 'NO_DATA') : null,
      });
    });
  });
  return { rows: rowOrder.map((r) => allRows[r]), columns: columnOrder.map((c) => allColumns[c]), cells, hiddenColumns: width - columnOrder.length };
}

/** Nothing to draw: no rows, no columns, or not one cell with people behind it. */
export function isEmptyMatrix(matrix: HeatmapMatrix): boolean {
  return matrix.rows.length === 0 || matrix.columns.length === 0 || matrix.cells.every((c) => c.reason === 'NO_DATA');
}

/** The BCP 47 tag for an interface language. */

/**
 * A metric's value as people read it: shares as percentages, the mean gap with its sign (so that
 * "above the standard" is visible), levels with two decimals, counts as whole numbers.
 */
export function formatValue(metric: HeatmapMetric, value: number, locale: string): string {
  const tag = numberLocale(locale);
  switch (metric) {
    case 'SHARE_BELOW_STANDARD':
    case 'COVERAGE':
      return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'MEAN_GAP':
      return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
    case 'MEAN_LEVEL':
      return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case 'COUNT_BELOW_STANDARD':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value);
  }
}

