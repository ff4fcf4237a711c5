import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { today } from '../../common/validate.js';
import { CITY, type Cut, type DisclosureDecision, type LatticeUnit } from './disclosure.js';
import { decideForUnits, latticeIds, latticeUnits, scopeNode } from './disclosure-lattice.js';
import { CellReason, type HeatmapMetric, type Sums, addSums, emptySums, metricValue, populationOf } from './heatmap-math.js';
import { type ColumnDef, FACT_SUMS, type NormalizedHeatmapInput, ROLLUP_SUMS, type RowDef, toSums, unitsAtDepth } from './heatmap.service.js';
import { type Heatmap, HeatmapRowGrouping, HeatmapSource, type HeatmapSummary } from './heatmap.types.js';

/** Sums per unit sub-tree and competency at the finest grain: status, jabatan kind (and golongan). */
interface FinestSums {
  unit: string;
  values: string[];
  sums: Sums;
}

/**
 * The facts of every unit of the lattice, not filtered: the decisions depend on the whole partition
 * of a population, not on the filter the caller chose (disclosure.ts).
 */
async function finestSums(em: SqlEntityManager, input: NormalizedHeatmapInput, unitIds: number[], competencyIds: number[], golongan: boolean) {
  const byCompetency = new Map<number, FinestSums[]>();
  if (unitIds.length === 0 || competencyIds.length === 0) return { byCompetency, source: HeatmapSource.ROLLUP };
  const fromRollup = input.asOf === null && !golongan;
  const rows = fromRollup
    ? await sql<Record<string, unknown>>(
        em,
        `select g.unit_id as unit, g.competency_id, g.status, g.position_kind, ${ROLLUP_SUMS}
           from analytics.gap_rollup g where g.unit_id in (?) and g.competency_id in (?) group by 1, 2, 3, 4`,
        [unitIds, competencyIds],
      )
    : await sql<Record<string, unknown>>(
        em,
        `select c.ancestor_id as unit, f.competency_id, f.status, f.position_kind${golongan ? ", coalesce(f.golongan, '-') as golongan" : ''}, ${FACT_SUMS}
           from ${input.asOf === null ? 'analytics.competency_fact' : 'analytics.facts_as_of(?::date, null)'} f
           join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id and c.ancestor_id in (?)
          where f.competency_id in (?)
          group by 1, 2, 3, 4${golongan ? ', 5' : ''}`,
        [...(input.asOf === null ? [] : [input.asOf]), unitIds, competencyIds],
      );
  for (const r of rows) {
    const id = Number(r.competency_id);
    const list = byCompetency.get(id) ?? byCompetency.set(id, []).get(id)!;
    list.push({ unit: String(r.unit), values: [String(r.status), String(r.position_kind), ...(golongan ? [String(r.golongan)] : [])], sums: toSums(r) });
  }
  return { byCompetency, source: fromRollup ? HeatmapSource.ROLLUP : HeatmapSource.RECOMPUTED };
}

/**
 * The lattice of each competency for a scope and rows `depth` levels below it (0: the scope alone),
 * for the population of `input.metric`. Also used by the training plan's before/after heatmaps.
 */
export async function competencyLattices(em: SqlEntityManager, input: NormalizedHeatmapInput, depth: number, competencyIds: number[], golongan: boolean) {
  const units = await latticeUnits(em, input.workUnitId === null ? [] : [input.workUnitId], depth);
  const { byCompetency, source } = await finestSums(em, input, latticeIds(units), competencyIds, golongan);
  const lattices = new Map(competencyIds.map((id) => [id, new CompetencyLattice(units, byCompetency.get(id) ?? [], input.metric, input.minGroupSize)]));
  return { lattices, source };
}

/** One competency: its decisions, and the sums of any node of its lattice. */
export class CompetencyLattice {
  readonly decision: DisclosureDecision;
  private readonly byUnit = new Map<string, FinestSums[]>();

  constructor(units: LatticeUnit[], rows: FinestSums[], metric: HeatmapMetric, k: number) {
    const top = new Set(units.filter((u) => u.parent === CITY).map((u) => u.id));
    for (const r of rows) {
      for (const unit of top.has(r.unit) ? [r.unit, CITY] : [r.unit]) (this.byUnit.get(unit) ?? this.byUnit.set(unit, []).get(unit)!).push(r);
    }
    this.decision = decideForUnits(units, rows.map((r) => ({ unit: r.unit, values: r.values, count: populationOf(r.sums, metric) })), k);
  }

  sums(unit: string, cut: Cut): Sums {
    const total = emptySums();
    for (const r of this.byUnit.get(unit) ?? []) if (cut.every((v, d) => v === null || v === r.values[d])) addSums(total, r.sums);
    return total;
  }

  /** Values a dimension takes in a unit within a cut (for rows by jabatan kind or golongan). */
  values(unit: string, cut: Cut, dimension: number): string[] {
    return (this.byUnit.get(unit) ?? []).filter((r) => cut.every((v, d) => v === null || v === r.values[d])).map((r) => r.values[dimension]);
  }
}

interface Output {
  value: number | null;
  count: number | null;
  reason: CellReason | null;
}

/**
 * A figure over several nodes: the rows they add up (different people) × competencies (the same
 * people). Published only when every node with anyone behind it is, so it reveals nothing its nodes
 * do not; a withheld figure has no count.
 */
function figure(lattices: CompetencyLattice[], nodes: { unit: string; cut: Cut }[], metric: HeatmapMetric): Output {
  const sums = emptySums();
  let employees = 0;
  let withheld = false;
  for (const lattice of lattices) {
    let people = 0;
    for (const { unit, cut } of nodes) {
      const s = lattice.sums(unit, cut);
      addSums(sums, s);
      people += populationOf(s, metric);
      if (lattice.decision.count(unit, cut) > 0 && lattice.decision.withheld(unit, cut)) withheld = true;
    }
    employees = Math.max(employees, people);
  }
  const value = metricValue(sums, metric);
  if (value === null || employees === 0) return { value: null, count: 0, reason: CellReason.NO_DATA };
  if (withheld) return { value: null, count: null, reason: CellReason.SUPPRESSED };
  return { value: Math.round(value * 10_000) / 10_000, count: employees, reason: null };
}

const summary = (outputs: Output[]): HeatmapSummary => ({ values: outputs.map((o) => o.value), counts: outputs.map((o) => o.count), reasons: outputs.map((o) => o.reason) });

/**
 * The heatmap for every role but ADMIN: each cell a node of the disclosure lattice of its
 * competency (unit sub-tree × employee status × jabatan kind, × golongan for golongan rows), decided
 * over the whole unfiltered population; the column summary is the whole scope's node.
 */
export async function computeControlledHeatmap(em: SqlEntityManager, input: NormalizedHeatmapInput, columns: ColumnDef[]): Promise<Heatmap> {
  const byUnits = input.rowGrouping === HeatmapRowGrouping.UNIT || input.rowGrouping === HeatmapRowGrouping.UNIT_KIND;
  const golongan = input.rowGrouping === HeatmapRowGrouping.GOLONGAN;
  const competencyIds = [...new Set(columns.flatMap((c) => c.competencyIds))];
  const { lattices, source } = await competencyLattices(em, input, byUnits ? input.unitDepth : 0, competencyIds, golongan);

  const scope = scopeNode(input.workUnitId);
  const cut = (kind: string | null, g?: string): Cut => (golongan ? [input.employeeStatus, kind, g ?? null] : [input.employeeStatus, kind]);
  let rowDefs: RowDef[];
  let rowNodes: { unit: string; cut: Cut }[][];
  if (byUnits) {
    const rowUnits = await unitsAtDepth(em, input.workUnitId, input.unitDepth);
    if (input.rowGrouping === HeatmapRowGrouping.UNIT) {
      rowDefs = rowUnits.map((u) => ({ id: String(u.id), label: u.short_name ?? u.name, group: u.kind }));
      rowNodes = rowUnits.map((u) => [{ unit: String(u.id), cut: cut(input.positionKind) }]);
    } else {
      const kinds = [...new Set(rowUnits.map((u) => u.kind))].sort();
      rowDefs = kinds.map((k) => ({ id: k, label: k, group: null }));
      rowNodes = kinds.map((k) => rowUnits.filter((u) => u.kind === k).map((u) => ({ unit: String(u.id), cut: cut(input.positionKind) })));
    }
  } else {
    const dimension = golongan ? 2 : 1;
    const present = new Set<string>();
    for (const lattice of lattices.values()) for (const v of lattice.values(scope, cut(input.positionKind), dimension)) present.add(v);
    const keys = [...present].sort();
    rowDefs = keys.map((k) => ({ id: k, label: k, group: null }));
    rowNodes = keys.map((k) => [{ unit: scope, cut: golongan ? cut(input.positionKind, k) : cut(k) }]);
  }

  const of = (column: ColumnDef) => column.competencyIds.map((id) => lattices.get(id)!);
  const outputs = rowNodes.flatMap((nodes) => columns.map((column) => figure(of(column), nodes, input.metric)));
  const everyCompetency = competencyIds.map((id) => lattices.get(id)!);
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
    rowSummary: summary(rowNodes.map((nodes) => figure(everyCompetency, nodes, input.metric))),
    columnSummary: summary(columns.map((column) => figure(of(column), [{ unit: scope, cut: cut(input.positionKind) }], input.metric))),
  };
}
