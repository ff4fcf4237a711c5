/**
 * Statistical disclosure control for the aggregates every role but ADMIN sees (docs/security.md,
 * "Small groups and differencing"). Pure: the services hand it counts, it says which figures to
 * withhold.
 *
 * The figures of an answer are nodes of one lattice: a unit subtree (or the city) × a value or "all"
 * for each categorical dimension the figures can be cut by (employee status, jabatan kind, golongan,
 * SKP predikat, ...). A node is withheld when
 *
 * 1. it stands for 1..k-1 employees (primary suppression; 0 is "no data", nobody to protect), or
 * 2. a node it is part of is withheld (a withheld whole is never rebuilt from its published parts), or
 * 3. complementary suppression: for every partition of a published whole into parts (a unit into its
 *    sub-units, with the people working directly in the unit as a part never published; a node into
 *    the values of one dimension), the people of the withheld parts together are 0 or at least k,
 *    and a withheld part is never the only one (the whole minus the published parts would give it
 *    exactly). Until that holds, the smallest published part is withheld too (ties by key).
 *
 * Decisions are taken top-down, stratum by stratum (unit depth, then number of dimensions fixed): a
 * node depends only on the nodes above it and its siblings, never on the query that shows it. So
 * every answer shows a node with the same status, and an attacker who subtracts published figures
 * of one answer or of two answers differing by one filter only ever isolates a union of withheld
 * parts: nobody, or at least k employees. Figures derived from several nodes (a row over several
 * competencies, a group of units) are published only when every node they add up is, so they
 * reveal nothing the nodes do not.
 */

/** The city, root of every unit lattice. */
export const CITY = 'CITY';

export interface LatticeUnit {
  id: string;
  /** The parent unit in the lattice; null for the city. */
  parent: string | null;
  /** Levels below the city (the city 0, its top-level units 1). */
  depth: number;
}

/** Employees behind a unit subtree at the finest grain: one value for every dimension. */
export interface FinestCount {
  unit: string;
  values: string[];
  count: number;
}

/** A value of each dimension, or null for "all". */
export type Cut = readonly (string | null)[];

export const nodeKey = (unit: string, cut: Cut): string => `${unit}|${cut.map((v) => v ?? '*').join('|')}`;

interface Node {
  key: string;
  unit: string;
  cut: Cut;
  count: number;
  stratum: number;
  wholes: string[];
}

interface Partition {
  whole: string;
  parts: Node[];
}

export interface DisclosureDecision {
  /** Employees behind a node (0 when nobody). */
  count(unit: string, cut: Cut): number;
  /** Whether the node's figures are withheld (false for an empty node: no data, nobody to protect). */
  withheld(unit: string, cut: Cut): boolean;
}

/** Every cut of a finest cut: each dimension at its value or "all" (2^dimensions of them). */
function coarser(values: string[]): Cut[] {
  let cuts: (string | null)[][] = [[]];
  for (const v of values) cuts = cuts.flatMap((c) => [[...c, v], [...c, null]]);
  return cuts;
}

/**
 * Decides which nodes to withhold. `units` must hold, for every unit whose sub-units are cut, all of
 * them (a partition must be complete), and every unit's ancestors up to the city; `finest` the
 * counts of every unit of `units` (the city's included).
 */
export function decideDisclosure(units: LatticeUnit[], finest: FinestCount[], k: number): DisclosureDecision {
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const nodes = new Map<string, Node>();
  for (const f of finest) {
    const unit = unitOf.get(f.unit);
    if (!unit || f.count === 0) continue;
    for (const cut of coarser(f.values)) {
      const key = nodeKey(f.unit, cut);
      const node = nodes.get(key);
      if (node) {
        node.count += f.count;
        continue;
      }
      const fixed = cut.filter((v) => v !== null).length;
      const wholes = cut.flatMap((v, d) => (v === null ? [] : [nodeKey(f.unit, cut.map((w, e) => (e === d ? null : w)))]));
      if (unit.parent !== null) wholes.push(nodeKey(unit.parent, cut));
      nodes.set(key, { key, unit: f.unit, cut, count: f.count, stratum: unit.depth * 1000 + fixed, wholes });
    }
  }

  // Partitions by the stratum of their parts: the sub-units of a unit, and the values of a dimension.
  const partitions = new Map<string, Partition>();
  const addPart = (whole: string, how: string, part: Node) => {
    const id = `${whole}#${how}`;
    const p = partitions.get(id) ?? partitions.set(id, { whole, parts: [] }).get(id)!;
    p.parts.push(part);
  };
  for (const node of nodes.values()) {
    node.cut.forEach((v, d) => {
      if (v !== null) addPart(nodeKey(node.unit, node.cut.map((w, e) => (e === d ? null : w))), `d${d}`, node);
    });
    const parent = unitOf.get(node.unit)!.parent;
    if (parent !== null) addPart(nodeKey(parent, node.cut), 'unit', node);
  }
  const byStratum = new Map<number, { nodes: Node[]; partitions: Partition[] }>();
  const stratum = (s: number) => byStratum.get(s) ?? byStratum.set(s, { nodes: [], partitions: [] }).get(s)!;
  for (const node of nodes.values()) stratum(node.stratum).nodes.push(node);
  // A fixed order (by key), so the same data always gives the same choice of complementary parts.
  for (const id of [...partitions.keys()].sort()) {
    const p = partitions.get(id)!;
    p.parts.sort((a, b) => (a.key < b.key ? -1 : 1));
    stratum(p.parts[0].stratum).partitions.push(p);
  }

  const withheld = new Set<string>();
  for (const s of [...byStratum.keys()].sort((a, b) => a - b)) {
    const { nodes: level, partitions: lines } = byStratum.get(s)!;
    // Primary suppression, and nothing below a withheld whole.
    for (const node of level) if (node.count < k || node.wholes.some((w) => withheld.has(w) || !nodes.has(w))) withheld.add(node.key);
    // Complementary suppression, until every partition of a published whole is safe.
    for (let changed = true; changed; ) {
      changed = false;
      for (const { whole, parts } of lines) {
        if (withheld.has(whole)) continue;
        const rest = nodes.get(whole)!.count - parts.reduce((sum, p) => sum + p.count, 0);
        let exposed = rest;
        let members = 0;
        for (const p of parts) {
          if (!withheld.has(p.key)) continue;
          exposed += p.count;
          members++;
        }
        // Withheld people together 0 or ≥ k, and never one part alone: the whole minus the published
        // parts would give it, and with it whatever it was withheld to protect elsewhere.
        while (exposed > 0 && (exposed < k || (members === 1 && rest === 0))) {
          const next = parts.filter((p) => !withheld.has(p.key)).reduce<Node | null>((min, p) => (min === null || p.count < min.count ? p : min), null);
          if (!next) break;
          withheld.add(next.key);
          exposed += next.count;
          members++;
          changed = true;
        }
      }
    }
  }

  return {
    count: (unit, cut) => nodes.get(nodeKey(unit, cut))?.count ?? 0,
    withheld: (unit, cut) => withheld.has(nodeKey(unit, cut)),
  };
}
