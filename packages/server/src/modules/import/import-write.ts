import type { BulkSession } from '../../db/database.js';
import { CsvTable, type CsvValue } from '../../db/seed/csv.js';
import { REBUILD_THRESHOLD } from './import-limits.js';
import type { WriteHooks } from './import-kind.js';

const BATCH = 5_000;

/** COPY rows into a table in batches (the fastest load path: see Database.bulk). */
export async function copyRows(session: BulkSession, table: string, columns: readonly string[], rows: readonly CsvValue[][], hooks?: WriteHooks): Promise<void> {
  const csv = new CsvTable(table, columns);
  for (let i = 0; i < rows.length; i++) {
    csv.add(...rows[i]);
    if (csv.size === BATCH || i === rows.length - 1) {
      const n = csv.size;
      await session.copyCsv(table, columns, csv.drain());
      hooks?.written(n);
    }
  }
}

/** A scratch table for this transaction only, shaped like some columns of a real one. */
export async function scratchTable(session: BulkSession, name: string, definition: string): Promise<void> {
  await session.query(`create temp table ${name} (${definition}) on commit drop`);
}

/** Statistics for a scratch table once filled (the planner knows nothing of temporary tables otherwise). */
export async function analyzeScratch(session: BulkSession, name: string): Promise<void> {
  await session.query(`analyze ${name}`);
}

/**
 * Brings the analytics read model up to date for these employees, in the importing transaction:
 * `analytics.refresh_employees` for a few, one full `analytics.rebuild()` when they are a large part
 * of the city (REBUILD_THRESHOLD; measured in docs/benchmarks-import.md).
 */
export async function refreshAnalytics(session: BulkSession, employeeIds: readonly number[], hooks: WriteHooks): Promise<void> {
  if (employeeIds.length === 0) return;
  const [{ n: city }] = employeeIds.length > REBUILD_THRESHOLD.min ? await session.query<{ n: number }>('select count(*)::int as n from employee') : [{ n: Infinity }];
  if (employeeIds.length > REBUILD_THRESHOLD.min && employeeIds.length > city * REBUILD_THRESHOLD.share) {
    // The statistics still describe the tables before the import: without them the rebuild's joins
    // are planned for a city a fraction of the size (measured: several times slower).
    await hooks.timed('analyze', () => session.query('analyze employee, competency_assessment, position_requirement'));
    await hooks.timed('read model: rebuild', () => session.query('select analytics.rebuild()'));
    return;
  }
  await hooks.timed('read model: refresh', () => session.query('select analytics.refresh_employees($1::int[])', [employeeIds]));
}

/** Ids of the rows of `table` whose `key` column is among `keys`. */
export async function idsByKey(session: BulkSession, table: string, key: string, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await session.query<{ key: string; id: number }>(`select ${key}::text as key, id from ${table} where ${key} = any($1)`, [keys]);
  return new Map(rows.map((r) => [r.key, Number(r.id)]));
}
