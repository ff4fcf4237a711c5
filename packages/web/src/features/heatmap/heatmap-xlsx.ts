/**
 * The heatmap on screen as an Excel workbook: the matrix of values (numbers with the metric's
 * number format; withheld and empty cells in words, never 0), the matrix of employee counts, and
 * the columns' codes with their full names. The sheets are built by a pure function; the file is
 * written by write-excel-file, loaded only when the button is pressed (docs/decisions.md).
 */
import type { Cell, Row, SheetData } from 'write-excel-file/browser';
import type { HeatmapExportTexts } from './heatmap-export.ts';
import type { HeatmapMatrix, MatrixAxisItem } from '../../shared/heatmap/heatmap-matrix.ts';
import type { NullReason } from '../../shared/heatmap/heatmap-scale.ts';
import type { HeatmapMetric } from '../../shared/heatmap/heatmap-options.ts';
import { INK } from '../../styles/tokens.ts';

export interface HeatmapSheet {
  sheet: string;
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount: number;
  stickyColumnsCount: number;
}

/** Excel number formats that read as the page does: shares as percentages, the mean gap with its sign. */
export const XLSX_FORMATS: Record<HeatmapMetric, string> = {
  MEAN_GAP: '+0.00;-0.00;0.00',
  SHARE_BELOW_STANDARD: '0.0%',
  COVERAGE: '0.0%',
  MEAN_LEVEL: '0.00',
  COUNT_BELOW_STANDARD: '0',
};

/** Rows above the matrix: heading, title line, note, an empty row; then the header row. */
export const XLSX_HEADER_ROW = 5;

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });
const missing = (text: string): Cell => ({ value: text, fontStyle: 'italic', textColor: INK.textMuted });

function matrixSheet(
  name: string,
  matrix: HeatmapMatrix,
  texts: HeatmapExportTexts,
  cell: (value: number | null, count: number | null, reason: NullReason | null) => Cell,
  summary: (item: MatrixAxisItem) => Cell,
): HeatmapSheet {
  const width = matrix.columns.length;
  const header: Row = [bold(texts.rowHeader), ...matrix.columns.map((c) => bold(c.id)), bold(texts.summary)];
  const rows: Row[] = matrix.rows.map((row, y) => [
    row.label,
    ...matrix.cells.slice(y * width, (y + 1) * width).map((c) => cell(c.value, c.count, c.reason)),
    summary(row),
  ]);
  const footer: Row = [bold(texts.summary), ...matrix.columns.map(summary), null];
  const longest = matrix.rows.reduce((n, r) => Math.max(n, r.label.length), texts.rowHeader.length);
  return {
    sheet: name,
    data: [[bold(texts.heading)], [texts.title], [texts.note], [], header, ...rows, footer],
    columns: [{ width: Math.min(60, Math.max(12, longest + 2)) }, ...matrix.columns.map((c) => ({ width: Math.max(8, c.id.length + 2) })), { width: 14 }],
    stickyRowsCount: XLSX_HEADER_ROW,
    stickyColumnsCount: 1,
  };
}

/** The workbook's sheets: values, employee counts, and the columns' names. */
export function heatmapSheets(matrix: HeatmapMatrix, metric: HeatmapMetric, texts: HeatmapExportTexts): HeatmapSheet[] {
  const format = XLSX_FORMATS[metric];
  const value = (v: number | null, reason: NullReason | null): Cell =>
    v === null ? missing(texts.nullReason[reason ?? 'NO_DATA']) : { value: v, type: Number, format };
  const values = matrixSheet(texts.sheets.values, matrix, texts, (v, _count, reason) => value(v, reason), (item) => value(item.summary, item.summaryReason));
  // A withheld figure has no count: the cell says why, as the values sheet does.
  const count = (n: number | null): Cell => (n === null ? missing(texts.nullReason.SUPPRESSED) : { value: n, type: Number, format: '0' });
  const counts = matrixSheet(texts.sheets.counts, matrix, texts, (_v, n) => count(n), (item) => count(item.summaryCount));
  const columns: HeatmapSheet = {
    sheet: texts.sheets.columns,
    data: [[bold(texts.headers.code), bold(texts.headers.name), bold(texts.headers.group)], ...matrix.columns.map((c) => [c.id, c.label, c.group])],
    columns: [{ width: 16 }, { width: 70 }, { width: 16 }],
    stickyRowsCount: 1,
    stickyColumnsCount: 0,
  };
  return [values, counts, columns];
}

/** Writes the workbook (write-excel-file is loaded here, on the first export). */
export async function heatmapXlsx(matrix: HeatmapMatrix, metric: HeatmapMetric, texts: HeatmapExportTexts): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(heatmapSheets(matrix, metric, texts), { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
}
