/**
 * The heatmap on screen as CSV, one line per cell, in the columns of the server's
 * `GET /api/exports/heatmap.csv` (docs/import.md), so both files read alike. Written in the browser
 * from the answer the page already holds: every role that sees the map may download it, while the
 * server's export endpoints are ADMIN's. Rows and columns in the order shown. Pure.
 */
import { toCsv, type CsvValue } from '../../lib/csv.ts';
import type { HeatmapMatrix } from '../../shared/heatmap/heatmap-matrix.ts';
import type { HeatmapMetric } from '../../shared/heatmap/heatmap-options.ts';

export const HEATMAP_CSV_COLUMNS = [
  'metrik', 'tanggal', 'kunci_baris', 'baris', 'grup_baris', 'kunci_kolom', 'kolom', 'grup_kolom', 'nilai', 'jumlah_pegawai', 'alasan_kosong',
] as const;

export function heatmapCsv(matrix: HeatmapMatrix, metric: HeatmapMetric, asOf: string): string {
  const lines: CsvValue[][] = matrix.cells.map((cell) => {
    const row = matrix.rows[cell.y];
    const column = matrix.columns[cell.x];
    return [metric, asOf, row.id, row.label, row.group, column.id, column.label, column.group, cell.value, cell.count, cell.value === null ? cell.reason : null];
  });
  return toCsv(HEATMAP_CSV_COLUMNS, lines);
}

/** peta-kesenjangan-2026-11-27.csv (or .png, .xlsx; gap-map-… in English): the map's downloads, named after the day of the data. */
export function heatmapFileName(prefix: string, asOf: string, extension: 'csv' | 'png' | 'xlsx'): string {
  return `${prefix}-${asOf}.${extension}`;
}
