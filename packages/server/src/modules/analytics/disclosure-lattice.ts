import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { CellReason } from './heatmap-math.js';
import { CITY, type Cut, type DisclosureDecision, type FinestCount, type LatticeUnit, decideDisclosure } from './disclosure.js';

/**
 * The units an answer's disclosure decisions need (disclosure.ts): the city; every top-level unit;
 * every unit above or at one of `scopes` with all its sub-units (the siblings of the path, whose
 * partitions decide the path's nodes); and the scopes' sub-trees down to `depth` levels below them,
 * where the rows are. `scopes` empty: the city, whose sub-tree starts at the top-level units.
 */
export async function latticeUnits(em: SqlEntityManager, scopes: number[], depth: number): Promise<LatticeUnit[]> {
  const rows = await sql<{ id: number; parent_id: number | null; depth: number }>(
    em,
    `with path as (select ancestor_id as id from analytics.work_unit_closure where descendant_id in (?)),
          below as (select c.descendant_id as id from analytics.work_unit_closure c
                     where (c.ancestor_id in (?) and c.depth between 1 and ?)
                        or (? and c.ancestor_id in (select id from work_unit where parent_id is null) and c.depth between 1 and ?))
     select w.id, w.parent_id, (select count(*) from analytics.work_unit_closure a where a.descendant_id = w.id)::int as depth
       from work_unit w
      where w.parent_id is null or w.parent_id in (select id from path) or w.id in (select id from below)`,
    [scopes.length ? scopes : [0], scopes.length ? scopes : [0], depth, scopes.length === 0, depth - 1],
  );
  return [
    { id: CITY, parent: null, depth: 0 },
    ...rows.map((r) => ({ id: String(r.id), parent: r.parent_id === null ? CITY : String(r.parent_id), depth: Number(r.depth) })),
  ];
}

/** The real units of a lattice (without the city), for SQL. */
export const latticeIds = (units: LatticeUnit[]): number[] => units.filter((u) => u.id !== CITY).map((u) => Number(u.id));

/** Adds the city's counts (the sum of its top-level units, which partition it) to counts per unit. */
export function withCity(units: LatticeUnit[], finest: FinestCount[]): FinestCount[] {
  const top = new Set(units.filter((u) => u.parent === CITY).map((u) => u.id));
  const city = new Map<string, FinestCount>();
  for (const f of finest) {
    if (!top.has(f.unit)) continue;
    const key = f.values.join('|');
    const c = city.get(key) ?? city.set(key, { unit: CITY, values: f.values, count: 0 }).get(key)!;
    c.count += f.count;
  }
  return [...finest, ...city.values()];
}

/** The id of a scope in the lattice: its unit, or the city. */
export const scopeNode = (workUnitId: number | string | null | undefined): string => (workUnitId ? String(workUnitId) : CITY);

/**
 * Decisions for a dashboard figure counted per unit sub-tree and the values of its dimensions
 * (`finest`, without the city), for the units of `latticeUnits`; k is the small-group threshold.
 */
export function decideForUnits(units: LatticeUnit[], finest: FinestCount[], k: number): DisclosureDecision {
  return decideDisclosure(units, withCity(units, finest), k);
}

/**
 * Under disclosure control: why a node of a dashboard's lattice (unit sub-tree × employee status)
 * is withheld, for a figure whose people per unit and status `countSql` gives (columns unit, status,
 * n; its first parameter the lattice's unit ids). The figures of a published node are shown whole.
 */
export async function unitStatusReasons(
  em: SqlEntityManager,
  scope: { scopeIds: number[]; depth: number; status: string | null; k: number },
  countSql: string,
  params: unknown[] = [],
) {
  const units = await latticeUnits(em, scope.scopeIds, scope.depth);
  const rows = await sql<{ unit: number; status: string; n: number }>(em, countSql, [latticeIds(units), ...params]);
  const d = decideForUnits(units, rows.map((r) => ({ unit: String(r.unit), values: [r.status], count: Number(r.n) })), scope.k);
  const cut: Cut = [scope.status];
  return {
    count: (node: string) => d.count(node, cut),
    reason: (node: string): CellReason | null => (d.count(node, cut) === 0 ? CellReason.NO_DATA : d.withheld(node, cut) ? CellReason.SUPPRESSED : null),
  };
}

/** Employees per unit sub-tree and status, for unitStatusReasons. */
export const EMPLOYEES_PER_UNIT = `select c.ancestor_id as unit, e.status, count(*)::int as n
   from employee e join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
  group by 1, 2`;
