import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { dataVersion } from '../analytics/analytics-cache.js';
import { pseudonymsOf } from './pseudonym.js';

/**
 * What an employee row shows to a role that sees employees pseudonymised, so that no row can be
 * told apart from fewer than k − 1 others by what it shows (k-anonymity; docs/security.md,
 * "Pseudonymised rows (k-anonymity)"; docs/decisions.md).
 *
 * The quasi-identifiers (what an outsider may know of a person: jabatan, unit, golongan, gender,
 * education, status, birth year, start of service) are generalised: the jabatan to its kind, the
 * unit to its top-level unit (the perangkat daerah); birth date and NIP, and with them the birth
 * year and the start of service, are never shown. Each row then shows the most detailed of the
 * RELEASE_LEVELS at which it falls in a class of at least k rows shown alike; a row that is not
 * in such a class even with every quasi-identifier withheld is withheld altogether.
 */
export type QuasiIdentifier = 'positionKind' | 'topWorkUnit' | 'status' | 'golongan' | 'gender' | 'educationLevel';

export const QUASI_IDENTIFIERS: readonly QuasiIdentifier[] = ['positionKind', 'topWorkUnit', 'status', 'golongan', 'gender', 'educationLevel'];

/** The generalised quasi-identifiers a row may show, most detailed first; the last shows none. */
export const RELEASE_LEVELS: readonly (readonly QuasiIdentifier[])[] = [
  ['positionKind', 'topWorkUnit', 'status', 'golongan', 'gender', 'educationLevel'],
  ['positionKind', 'topWorkUnit', 'status', 'gender'],
  ['positionKind', 'topWorkUnit'],
  ['topWorkUnit'],
  ['positionKind'],
  [],
];

/** The generalised quasi-identifiers of one employee. */
export interface QuasiRow {
  id: number;
  positionKind: string;
  topWorkUnit: number;
  status: string;
  golongan: string | null;
  gender: string;
  educationLevel: string;
}

/** Level `WITHHELD`: the row is not shown at all. */
export const WITHHELD = -1;

const keyAt = (row: QuasiRow, level: readonly QuasiIdentifier[]) => JSON.stringify(level.map((field) => row[field]));

/**
 * The release level of every row (an index into RELEASE_LEVELS, or WITHHELD). Pure. The classes are
 * counted among the rows shown at the same level, not among everyone: whoever knows the whole
 * population can compute which rows end at a level, so only the rows shown alike hide each other.
 */
export function releaseLevels(rows: readonly QuasiRow[], k: number): Map<number, number> {
  const levels = new Map<number, number>();
  let remaining = rows;
  RELEASE_LEVELS.forEach((fields, level) => {
    const classes = new Map<string, QuasiRow[]>();
    for (const row of remaining) {
      const key = keyAt(row, fields);
      const members = classes.get(key);
      if (members) members.push(row);
      else classes.set(key, [row]);
    }
    const next: QuasiRow[] = [];
    for (const members of classes.values()) {
      if (members.length >= k) for (const row of members) levels.set(row.id, level);
      else next.push(...members);
    }
    remaining = next;
  });
  for (const row of remaining) levels.set(row.id, WITHHELD);
  return levels;
}

/** One row as shown: its pseudonym, its level and its generalised values. */
export interface ReleasedRow extends QuasiRow {
  pseudonym: string;
  level: number;
}

/** The release of the whole population for one version of the data. */
export class Release {
  private readonly byId: Map<number, ReleasedRow>;
  /** Shown rows in pseudonym order: the order of pseudonymised lists (a keyed order that says nothing of the id). */
  readonly ordered: readonly ReleasedRow[];

  constructor(rows: readonly QuasiRow[], k: number) {
    const levels = releaseLevels(rows, k);
    const pseudonyms = pseudonymsOf(rows.map((row) => row.id));
    const released = rows.map((row, i) => ({ ...row, pseudonym: pseudonyms[i], level: levels.get(row.id)! }));
    this.byId = new Map(released.map((row) => [row.id, row]));
    this.ordered = released.filter((row) => row.level !== WITHHELD).sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1));
  }

  /** The row of an employee, or undefined for an id that is not an employee (or was added after this release). */
  row(employeeId: number): ReleasedRow | undefined {
    return this.byId.get(employeeId);
  }

  /** Whether the row shows this quasi-identifier (false when it is withheld, or the row is). */
  shows(row: ReleasedRow | undefined, field: QuasiIdentifier): boolean {
    return !!row && row.level !== WITHHELD && RELEASE_LEVELS[row.level].includes(field);
  }

  /**
   * The shown rows whose shown values match every filter: a filter tests only a value the row shows,
   * so a row whose value is withheld matches no filter on it.
   */
  matching(filter: Partial<Record<QuasiIdentifier, string | number | null | undefined>>): ReleasedRow[] {
    const tests = QUASI_IDENTIFIERS.filter((field) => filter[field] !== null && filter[field] !== undefined);
    if (!tests.length) return [...this.ordered];
    return this.ordered.filter((row) => tests.every((field) => this.shows(row, field) && row[field] === filter[field]));
  }
}

let current: { version: string; k: number; release: Promise<Release> } | null = null;

/**
 * The release for the current data version: one query over the population (the generalised
 * quasi-identifiers of every employee), kept until the next write (analytics-cache.ts's version).
 */
export async function currentRelease(em: SqlEntityManager, k: number): Promise<Release> {
  const version = await dataVersion(em);
  if (current && current.version === version && current.k === k) return current.release;
  const release = loadRows(em).then((rows) => new Release(rows, k));
  current = { version, k, release };
  release.catch(() => {
    if (current?.release === release) current = null;
  });
  return release;
}

async function loadRows(em: SqlEntityManager): Promise<QuasiRow[]> {
  const rows = await sql<{ id: number; kind: string; top_id: number; status: string; golongan: string | null; gender: string; education_level: string }>(
    em,
    `with recursive tops as (
       select id, id as top_id from work_unit where parent_id is null
       union all select w.id, t.top_id from work_unit w join tops t on w.parent_id = t.id)
     select e.id, p.kind, t.top_id, e.status, e.golongan, e.gender, e.education_level
       from employee e join position p on p.id = e.position_id join tops t on t.id = e.work_unit_id
      order by e.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    positionKind: r.kind,
    topWorkUnit: Number(r.top_id),
    status: r.status,
    golongan: r.golongan,
    gender: r.gender,
    educationLevel: r.education_level,
  }));
}
