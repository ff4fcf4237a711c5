import type { Writable } from 'node:stream';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { CellReason, HeatmapMetric } from '../analytics/heatmap-math.js';
import { heatmap } from '../analytics/heatmap.service.js';
import { HeatmapColumnGrouping, HeatmapInput, HeatmapRowGrouping } from '../analytics/heatmap.types.js';
import { CompetencyKind } from '../competency/competency.entity.js';
import { EmployeeStatus } from '../employee/employee.entity.js';
import { PositionKind } from '../position/position.entity.js';
import { csvWriter } from './spreadsheet-writer.js';

/** The columns of the heatmap CSV: one line per cell, with the labels of its row and column and the employees behind it. */
export const HEATMAP_COLUMNS = [
  'metrik', 'tanggal', 'kunci_baris', 'baris', 'grup_baris', 'kunci_kolom', 'kolom', 'grup_kolom', 'nilai', 'jumlah_pegawai', 'alasan_kosong',
] as const;

function oneOf<E extends string>(field: string, value: unknown, values: Record<string, E>): E | null {
  if (value === undefined || value === '') return null;
  const found = Object.values(values).find((v) => v === String(value).toUpperCase());
  if (!found) throw DomainError.badInput(field, `${field} must be one of ${Object.values(values).join(', ')}; got "${String(value)}"`);
  return found;
}

const list = (value: unknown) => (typeof value === 'string' && value.trim() ? value.split(',').map((v) => v.trim()).filter(Boolean) : null);

function whole(field: string, value: unknown): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  if (!Number.isInteger(n)) throw DomainError.badInput(field, `${field} must be a whole number; got "${String(value)}"`);
  return n;
}

/** The heatmap arguments from a query string, with the names of the GraphQL `HeatmapInput`. */
export function heatmapInputOf(query: Record<string, unknown>): HeatmapInput {
  return Object.assign(new HeatmapInput(), {
    metric: oneOf('metric', query.metric, HeatmapMetric),
    rowGrouping: oneOf('rowGrouping', query.rowGrouping, HeatmapRowGrouping),
    workUnitId: typeof query.workUnitId === 'string' && query.workUnitId ? query.workUnitId : null,
    unitDepth: whole('unitDepth', query.unitDepth),
    competencyKind: oneOf('competencyKind', query.competencyKind, CompetencyKind),
    competencyGroupCodes: list(query.competencyGroupCodes),
    competencyCodes: list(query.competencyCodes),
    columnGrouping: oneOf('columnGrouping', query.columnGrouping, HeatmapColumnGrouping),
    employeeStatus: oneOf('employeeStatus', query.employeeStatus, EmployeeStatus),
    positionKind: oneOf('positionKind', query.positionKind, PositionKind),
    asOf: typeof query.asOf === 'string' && query.asOf ? query.asOf : null,
    minGroupSize: whole('minGroupSize', query.minGroupSize),
  });
}

/**
 * The heatmap as CSV (the issue: "the heatmap as CSV with its labels and counts"): the same figures
 * as the `competencyGapHeatmap` query, small groups withheld the same way (their value empty, the
 * reason given), one line per cell. `beforeEnd` runs after the last line and before the file is closed
 * (the export's audit row: it commits before the client has the whole file).
 */
export async function writeHeatmapCsv(em: SqlEntityManager, input: HeatmapInput, out: Writable, beforeEnd?: (lines: number) => Promise<void>): Promise<number> {
  const map = await heatmap(em, input);
  const writer = csvWriter(out);
  await writer.row([...HEATMAP_COLUMNS]);
  let lines = 0;
  for (const [i, row] of map.rows.entries()) {
    for (const [j, column] of map.columns.entries()) {
      const at = i * map.columns.length + j;
      const value = map.values[at];
      const reason: CellReason | null = map.reasons[at] ?? null;
      await writer.row([map.metric, map.asOf, row.id, row.label, row.group ?? null, column.id, column.label, column.group ?? null, value === null ? null : String(value), String(map.counts[at]), reason]);
      lines++;
    }
  }
  await beforeEnd?.(lines);
  await writer.end();
  return lines;
}
