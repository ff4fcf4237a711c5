/**
 * The controls of the heatmap explorer and their home in the URL query string, so that every view
 * can be bookmarked and shared. Pure: no Vue, no router.
 */

import { COMPETENCY_KINDS, type CompetencyKind } from '../../shared/domain/competency.ts';
import { HEATMAP_METRICS, HEATMAP_VIEWS, SORT_ORDERS, type HeatmapMetric, type HeatmapView, type SortOrder } from '../../shared/heatmap/heatmap-options.ts';
import type { QueryParams } from '../../lib/query-params.ts';

export const ROW_GROUPINGS = ['UNIT', 'UNIT_KIND', 'POSITION_KIND', 'GOLONGAN'] as const;
export const COLUMN_GROUPINGS = ['COMPETENCY', 'GROUP'] as const;
export const EMPLOYEE_STATUSES = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
/** Columns in which no cell has data (nobody required, nobody assessed): hidden by default. */
export const EMPTY_COLUMNS = ['hide', 'show'] as const;

export type HeatmapRowGrouping = (typeof ROW_GROUPINGS)[number];
export type HeatmapColumnGrouping = (typeof COLUMN_GROUPINGS)[number];
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];
export type EmptyColumns = (typeof EMPTY_COLUMNS)[number];

export interface HeatmapControls {
  metric: HeatmapMetric;
  rowGrouping: HeatmapRowGrouping;
  competencyKind: CompetencyKind;
  columnGrouping: HeatmapColumnGrouping;
  /** null: every status. */
  employeeStatus: EmployeeStatus | null;
  /** YYYY-MM-DD; null: today. */
  asOf: string | null;
  /** The unit whose sub-units are the rows; null: the whole city. */
  workUnitId: string | null;
  sortRows: SortOrder;
  sortColumns: SortOrder;
  emptyColumns: EmptyColumns;
  view: HeatmapView;
}

export const DEFAULT_HEATMAP_CONTROLS: Readonly<HeatmapControls> = {
  metric: 'MEAN_GAP',
  rowGrouping: 'UNIT',
  competencyKind: 'DIGITAL',
  columnGrouping: 'COMPETENCY',
  employeeStatus: null,
  asOf: null,
  workUnitId: null,
  sortRows: 'none',
  sortColumns: 'none',
  emptyColumns: 'hide',
  view: 'chart',
};

/** The name of each control in the query string. */
const PARAMS: Record<keyof HeatmapControls, string> = {
  metric: 'metric',
  rowGrouping: 'rows',
  competencyKind: 'kind',
  columnGrouping: 'columns',
  employeeStatus: 'status',
  asOf: 'asOf',
  workUnitId: 'workUnitId',
  sortRows: 'sortRows',
  sortColumns: 'sortColumns',
  emptyColumns: 'emptyColumns',
  view: 'view',
};

function first(value: QueryParams[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the controls from a query string; unknown or malformed values fall back to the defaults. */
export function parseHeatmapQuery(query: QueryParams): HeatmapControls {
  const d = DEFAULT_HEATMAP_CONTROLS;
  const get = (key: keyof HeatmapControls) => first(query[PARAMS[key]]);
  const asOf = get('asOf');
  const workUnitId = get('workUnitId');
  const status = get('employeeStatus');
  return {
    metric: oneOf(HEATMAP_METRICS, get('metric'), d.metric),
    rowGrouping: oneOf(ROW_GROUPINGS, get('rowGrouping'), d.rowGrouping),
    competencyKind: oneOf(COMPETENCY_KINDS, get('competencyKind'), d.competencyKind),
    columnGrouping: oneOf(COLUMN_GROUPINGS, get('columnGrouping'), d.columnGrouping),
    employeeStatus: EMPLOYEE_STATUSES.includes(status as EmployeeStatus) ? (status as EmployeeStatus) : null,
    asOf: asOf && isIsoDate(asOf) ? asOf : null,
    workUnitId: workUnitId && /^[\w-]{1,40}$/.test(workUnitId) ? workUnitId : null,
    sortRows: oneOf(SORT_ORDERS, get('sortRows'), d.sortRows),
    sortColumns: oneOf(SORT_ORDERS, get('sortColumns'), d.sortColumns),
    emptyColumns: oneOf(EMPTY_COLUMNS, get('emptyColumns'), d.emptyColumns),
    view: oneOf(HEATMAP_VIEWS, get('view'), d.view),
  };
}

/** Writes the controls to a query string, leaving out defaults so that URLs stay short. */
export function toHeatmapQuery(controls: HeatmapControls): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(PARAMS) as (keyof HeatmapControls)[]) {
    const value = controls[key];
    if (value !== null && value !== DEFAULT_HEATMAP_CONTROLS[key]) query[PARAMS[key]] = value;
  }
  return query;
}

/** The API's HeatmapInput for these controls (sorting, empty columns and the view are client-side only). */
export interface HeatmapInput {
  metric: HeatmapMetric;
  rowGrouping: HeatmapRowGrouping;
  competencyKind: CompetencyKind;
  columnGrouping: HeatmapColumnGrouping;
  employeeStatus?: EmployeeStatus;
  asOf?: string;
  workUnitId?: string;
}

export function toHeatmapInput(controls: HeatmapControls): HeatmapInput {
  const { metric, rowGrouping, competencyKind, columnGrouping, employeeStatus, asOf, workUnitId } = controls;
  return {
    metric,
    rowGrouping,
    competencyKind,
    columnGrouping,
    ...(employeeStatus ? { employeeStatus } : {}),
    ...(asOf ? { asOf } : {}),
    ...(workUnitId ? { workUnitId } : {}),
  };
}

/** Rows can be drilled into only when they are work units (their id is then a unit id). */
export function canDrillDown(controls: HeatmapControls): boolean {
  return controls.rowGrouping === 'UNIT';
}

/** The same view one level down: the sub-units of `unitId`. */
export function drillDown(controls: HeatmapControls, unitId: string): HeatmapControls {
  return { ...controls, workUnitId: unitId };
}
