import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import { cached } from './analytics-cache.js';
import { check, today } from '../../common/validate.js';
import { CompetencyKind } from '../competency/competency.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import {
  type Cell,
  type CellOutput,
  HeatmapMetric,
  type Sums,
  addSums,
  cellOf,
  combineOtherPeople,
  combineSamePeople,
  emptySums,
  present,
} from './heatmap-math.js';
import { computeControlledHeatmap } from './heatmap-controlled.js';
import { type Heatmap, HeatmapColumnGrouping, type HeatmapInput, HeatmapRowGrouping, HeatmapSource, type HeatmapSummary } from './heatmap.types.js';

/** The sums of a batch of facts, as the roll-up keeps them (recomputed path). */
export const FACT_SUMS = `
  count(*) filter (where f.required_level is not null) as n_required,
  count(*) filter (where f.required_level is not null and f.current_level is not null) as n_required_assessed,
  count(*) filter (where f.current_level < f.required_level) as n_below,
  coalesce(sum(f.required_level - f.current_level), 0) as sum_gap,
  coalesce(sum(f.required_level), 0) as sum_required,
  coalesce(sum(f.weight * greatest(f.required_level - f.current_level, 0)), 0) as sum_weighted_gap,
  count(f.current_level) as n_assessed,
  count(*) filter (where f.current_level = 1) as n_level1, count(*) filter (where f.current_level = 2) as n_level2,
  count(*) filter (where f.current_level = 3) as n_level3, count(*) filter (where f.current_level = 4) as n_level4,
  count(*) filter (where f.current_level = 5) as n_level5`;

export const ROLLUP_SUMS = `
  sum(g.n_required) as n_required, sum(g.n_required_assessed) as n_required_assessed, sum(g.n_below) as n_below,
  sum(g.sum_gap) as sum_gap, sum(g.sum_required) as sum_required, sum(g.sum_weighted_gap) as sum_weighted_gap,
  sum(g.n_assessed) as n_assessed, sum(g.n_level1) as n_level1, sum(g.n_level2) as n_level2, sum(g.n_level3) as n_level3,
  sum(g.n_level4) as n_level4, sum(g.n_level5) as n_level5`;

type SumsRow = Record<string, unknown> & { row_key: string | number; competency_id: number };

export const toSums = (r: Record<string, unknown>): Sums => ({
  nRequired: Number(r.n_required),
  nRequiredAssessed: Number(r.n_required_assessed),
  nBelow: Number(r.n_below),
  sumGap: Number(r.sum_gap),
  sumRequired: Number(r.sum_required),
  sumWeightedGap: Number(r.sum_weighted_gap),
  nAssessed: Number(r.n_assessed),
  nLevel: [Number(r.n_level1), Number(r.n_level2), Number(r.n_level3), Number(r.n_level4), Number(r.n_level5)],
});

export interface NormalizedHeatmapInput {
  metric: HeatmapMetric;
  rowGrouping: HeatmapRowGrouping;
  workUnitId: number | null;
  unitDepth: number;
  competencyKind: CompetencyKind | null;
  competencyGroupCodes: string[] | null;
  competencyCodes: string[] | null;
  columnGrouping: HeatmapColumnGrouping;
  employeeStatus: string | null;
  positionKind: string | null;
  asOf: string | null;
  minGroupSize: number;
}

export function normalizeHeatmapInput(input: HeatmapInput, today: string): NormalizedHeatmapInput {
  const asOf = input.asOf ? check.day('asOf', input.asOf) : null;
  if (asOf && asOf > today) throw DomainError.badInput('asOf', `asOf ${asOf} is in the future`);
  const minGroupSize = input.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1 || minGroupSize > 1000) throw DomainError.badInput('minGroupSize', 'minGroupSize must be a whole number from 1 to 1000');
  const unitDepth = input.unitDepth ?? 1;
  if (!Number.isInteger(unitDepth) || unitDepth < 1 || unitDepth > 8) throw DomainError.badInput('unitDepth', 'unitDepth must be a whole number from 1 to 8');
  return {
    metric: input.metric ?? HeatmapMetric.MEAN_GAP,
    rowGrouping: input.rowGrouping ?? HeatmapRowGrouping.UNIT,
    workUnitId: input.workUnitId ? Number(input.workUnitId) : null,
    unitDepth,
    competencyKind: input.competencyKind ?? null,
    competencyGroupCodes: input.competencyGroupCodes?.length ? [...input.competencyGroupCodes].sort() : null,
    competencyCodes: input.competencyCodes?.length ? [...input.competencyCodes].sort() : null,
    columnGrouping: input.columnGrouping ?? HeatmapColumnGrouping.COMPETENCY,
    employeeStatus: input.employeeStatus ?? null,
    positionKind: input.positionKind ?? null,
    asOf: asOf === today ? null : asOf,
    minGroupSize,
  };
}

export interface ColumnDef {
  id: string;
  label: string;
  group: string | null;
  competencyIds: number[];
}

export interface RowDef {
  id: string;
  label: string;
  group: string | null;
}

export async function columnsOf(em: SqlEntityManager, input: NormalizedHeatmapInput): Promise<ColumnDef[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.competencyKind) {
    where.push('c.kind = ?');
    params.push(input.competencyKind);
  }
  if (input.competencyGroupCodes) {
    where.push('g.code in (?)');
    params.push(input.competencyGroupCodes);
  }
  if (input.competencyCodes) {
    where.push('c.code in (?)');
    params.push(input.competencyCodes);
  }
  const rows = await sql<{ id: number; code: string; name: string; group_code: string | null; group_name: string | null }>(
    em,
    `select c.id, c.code, c.name, g.code as group_code, g.name as group_name
       from competency c left join competency_group g on g.id = c.group_id
      ${where.length ? `where ${where.join(' and ')}` : ''}
      order by g.code nulls last, c.code`,
    params,
  );
  if (input.columnGrouping === HeatmapColumnGrouping.COMPETENCY) {
    return rows.map((r) => ({ id: r.code, label: r.name, group: r.group_code, competencyIds: [Number(r.id)] }));
  }
  const groups = new Map<string, ColumnDef>();
  for (const r of rows) {
    const key = r.group_code ?? '—';
    const group = groups.get(key) ?? { id: key, label: r.group_name ?? key, group: null, competencyIds: [] };
    group.competencyIds.push(Number(r.id));
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Units at `depth` levels below the scope (below the city: depth 1 are the top-level units). */
export async function unitsAtDepth(em: SqlEntityManager, scope: number | null, depth: number) {
  return sql<{ id: number; name: string; short_name: string | null; kind: string }>(
    em,
    scope === null
      ? `select w.id, w.name, w.short_name, w.kind from analytics.work_unit_closure c join work_unit w on w.id = c.descendant_id
           join work_unit r on r.id = c.ancestor_id where r.parent_id is null and c.depth = ? order by w.id`
      : `select w.id, w.name, w.short_name, w.kind from analytics.work_unit_closure c join work_unit w on w.id = c.descendant_id
           where c.ancestor_id = ? and c.depth = ? order by w.id`,
    scope === null ? [depth - 1] : [scope, depth],
  );
}

/** Filters of the employees behind the cells, as SQL on a table aliased `alias`. */
function employeeFilters(input: NormalizedHeatmapInput, alias: string): { clause: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (input.employeeStatus) {
    clauses.push(`${alias}.status = ?`);
    params.push(input.employeeStatus);
  }
  if (input.positionKind) {
    clauses.push(`${alias}.position_kind = ?`);
    params.push(input.positionKind);
  }
  return { clause: clauses.map((c) => ` and ${c}`).join(''), params };
}

/**
 * The sums per (row key, competency). The roll-up answers unit, unit-kind and jabatan-kind rows for
 * today; golongan rows and past days are computed from the facts.
 */
async function sumsOf(
  em: SqlEntityManager,
  input: NormalizedHeatmapInput,
  unitIds: number[],
  competencyIds: number[],
): Promise<{ rows: SumsRow[]; source: HeatmapSource }> {
  const grouping = input.rowGrouping;
  const useRollup = input.asOf === null && grouping !== HeatmapRowGrouping.GOLONGAN;
  if (unitIds.length === 0 || competencyIds.length === 0) return { rows: [], source: useRollup ? HeatmapSource.ROLLUP : HeatmapSource.RECOMPUTED };

  if (useRollup) {
    const f = employeeFilters(input, 'g');
    const key = grouping === HeatmapRowGrouping.POSITION_KIND ? 'g.position_kind' : grouping === HeatmapRowGrouping.UNIT_KIND ? 'w.kind' : 'g.unit_id';
    const rows = await sql<SumsRow>(
      em,
      `select ${key} as row_key, g.competency_id, ${ROLLUP_SUMS}
         from analytics.gap_rollup g join work_unit w on w.id = g.unit_id
        where g.unit_id in (?) and g.competency_id in (?)${f.clause}
        group by 1, 2`,
      [unitIds, competencyIds, ...f.params],
    );
    return { rows, source: HeatmapSource.ROLLUP };
  }

  const f = employeeFilters(input, 'f');
  const key =
    grouping === HeatmapRowGrouping.POSITION_KIND ? 'f.position_kind' : grouping === HeatmapRowGrouping.GOLONGAN ? "coalesce(f.golongan, '-')" : grouping === HeatmapRowGrouping.UNIT_KIND ? 'w.kind' : 'c.ancestor_id';
  const source = input.asOf === null ? 'analytics.competency_fact' : 'analytics.facts_as_of(?::date, null)';
  const rows = await sql<SumsRow>(
    em,
    `select ${key} as row_key, f.competency_id, ${FACT_SUMS}
       from ${source} f
       join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id and c.ancestor_id in (?)
       join work_unit w on w.id = c.ancestor_id
      where f.competency_id in (?)${f.clause}
      group by 1, 2`,
    [...(input.asOf === null ? [] : [input.asOf]), unitIds, competencyIds, ...f.params],
  );
  return { rows, source: HeatmapSource.RECOMPUTED };
}

function summary(outputs: CellOutput[]): HeatmapSummary {
  return { values: outputs.map((o) => o.value), counts: outputs.map((o) => o.count), reasons: outputs.map((o) => o.reason) };
}


/**
 * Computes a heatmap (uncached): as asked for ADMIN, under disclosure control (heatmap-controlled.ts)
 * for every other role.
 */
export async function computeHeatmap(em: SqlEntityManager, raw: HeatmapInput, controlled = false): Promise<Heatmap> {
  const input = normalizeHeatmapInput(raw, today());
  if (input.workUnitId !== null) await check.exists(em, WorkUnit, 'workUnitId', input.workUnitId, 'work unit');
  const columns = await columnsOf(em, input);
  if (controlled) return computeControlledHeatmap(em, input, columns);

  // Rows, and the units whose subtrees feed them.
  let rowDefs: RowDef[];
  let unitIds: number[];
  if (input.rowGrouping === HeatmapRowGrouping.UNIT || input.rowGrouping === HeatmapRowGrouping.UNIT_KIND) {
    const units = await unitsAtDepth(em, input.workUnitId, input.unitDepth);
    unitIds = units.map((u) => Number(u.id));
    if (input.rowGrouping === HeatmapRowGrouping.UNIT) {
      rowDefs = units.map((u) => ({ id: String(u.id), label: u.short_name ?? u.name, group: u.kind }));
    } else {
      const kinds = [...new Set(units.map((u) => u.kind))].sort();
      rowDefs = kinds.map((k) => ({ id: k, label: k, group: null }));
    }
  } else {
    // One population: the scope, or the whole city (its top-level units).
    unitIds = input.workUnitId !== null ? [input.workUnitId] : (await unitsAtDepth(em, null, 1)).map((u) => Number(u.id));
    rowDefs = [];
  }

  const competencyIds = [...new Set(columns.flatMap((c) => c.competencyIds))];
  const { rows: sumRows, source } = await sumsOf(em, input, unitIds, competencyIds);

  // Sums per row key and competency.
  const byRow = new Map<string, Map<number, Sums>>();
  for (const r of sumRows) {
    const rowKey = String(r.row_key);
    const perCompetency = byRow.get(rowKey) ?? new Map<number, Sums>();
    perCompetency.set(Number(r.competency_id), addSums(perCompetency.get(Number(r.competency_id)) ?? emptySums(), toSums(r)));
    byRow.set(rowKey, perCompetency);
  }
  if (input.rowGrouping === HeatmapRowGrouping.POSITION_KIND || input.rowGrouping === HeatmapRowGrouping.GOLONGAN) {
    rowDefs = [...byRow.keys()].sort().map((k) => ({ id: k, label: k, group: null }));
  }

  // Cells: a column of several competencies concerns the same people.
  const cells: Cell[][] = rowDefs.map((row) =>
    columns.map((column) =>
      combineSamePeople(column.competencyIds.map((id) => cellOf(byRow.get(row.id)?.get(id) ?? emptySums(), input.metric))),
    ),
  );
  const outputs = cells.flat().map((cell) => present(cell, input.metric, input.minGroupSize));
  const rowSummary = cells.map((rowCells) => present(combineSamePeople(rowCells), input.metric, input.minGroupSize));
  const columnSummary = columns.map((_, j) => present(combineOtherPeople(cells.map((rowCells) => rowCells[j])), input.metric, input.minGroupSize));

  return {
    metric: input.metric,
    asOf: input.asOf ?? today(),
    minGroupSize: input.minGroupSize,
    source,
    rows: rowDefs,
    columns: columns.map(({ id, label, group }) => ({ id, label, group })),
    values: outputs.map((o) => o.value),
    counts: outputs.map((o) => o.count),
    reasons: outputs.map((o) => o.reason),
    rowSummary: summary(rowSummary),
    columnSummary: summary(columnSummary),
  };
}

/**
 * The heatmap, cached per input and data version (a new assessment shows on the next request).
 * `controlled`: under statistical disclosure control (every role but ADMIN; docs/security.md).
 */
export function heatmap(em: SqlEntityManager, input: HeatmapInput, controlled = false): Promise<Heatmap> {
  return cached(em, controlled ? 'heatmap-controlled' : 'heatmap', normalizeHeatmapInput(input, today()), () => computeHeatmap(em, input, controlled));
}
