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

/**
 * Brings the analytics read model up to date for these employees, in the importing transaction: one
 * refresh per batch for a few, one full rebuild for many (measured: docs/benchmarks-import.md).
 */
export async function refreshAnalytics(session: BulkSession, employeeIds: readonly number[]): Promise<void> {
  if (employeeIds.length === 0) return;
  if (employeeIds.length > REBUILD_THRESHOLD) {
    await session.query('select analytics.rebuild()');
    return;
  }
  await session.query('select analytics.refresh_employees($1::int[])', [employeeIds]);
}

/** Ids of the rows of `table` whose `key` column is among `keys`. */
export async function idsByKey(session: BulkSession, table: string, key: string, keys: readonly string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await session.query<{ key: string; id: number }>(`select ${key}::text as key, id from ${table} where ${key} = any($1)`, [keys]);
  return new Map(rows.map((r) => [r.key, Number(r.id)]));
}
