/**
 * The heatmap cell opened to show its people: a unit (the row) and a competency (the column), kept
 * in the URL beside the controls (`?cellUnit=63&cellCompetency=DC.1.1`), so "back" closes it and
 * the view can be shared. Pure: no Vue, no router.
 */
import type { QueryParams } from '../../lib/query-params.ts';
import type { HeatmapCell } from '../../shared/heatmap/heatmap-cell-ref.ts';
import type { HeatmapControls } from './heatmap-controls.ts';

const UNIT_ID = /^[\w-]{1,40}$/;
// Competency codes: M.01, SK.01, DC.1.2, T.KES.07.
const COMPETENCY_CODE = /^[A-Za-z0-9][\w.-]{0,39}$/;

function first(value: QueryParams[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? undefined;
}

/**
 * A cell shows people only when its row is a work unit and its column one competency (not a
 * group of them, not a jabatan kind or golongan).
 */
export function canOpenCell(controls: Pick<HeatmapControls, 'rowGrouping' | 'columnGrouping'>): boolean {
  return controls.rowGrouping === 'UNIT' && controls.columnGrouping === 'COMPETENCY';
}

/** The opened cell, or null when there is none or it cannot be opened with these controls. */
export function parseHeatmapCell(query: QueryParams, controls: Pick<HeatmapControls, 'rowGrouping' | 'columnGrouping'>): HeatmapCell | null {
  const unitId = first(query.cellUnit);
  const competencyCode = first(query.cellCompetency);
  if (!canOpenCell(controls) || !unitId || !competencyCode || !UNIT_ID.test(unitId) || !COMPETENCY_CODE.test(competencyCode)) return null;
  return { unitId, competencyCode };
}

export function toHeatmapCellQuery(cell: HeatmapCell | null): Record<string, string> {
  return cell ? { cellUnit: cell.unitId, cellCompetency: cell.competencyCode } : {};
}
