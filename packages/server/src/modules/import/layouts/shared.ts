import { RuleViolation } from '../../../common/rule-violation.js';
import type { BulkSession } from '../../../db/database.js';
import type { ParsedRow, PlanContext } from '../import-kind.js';

/**
 * Rows whose key appears only once in the file; every repetition is an error on the later row
 * (naming the row of the first), and the key is left out of the plan altogether.
 */
export function duplicateKeys<R>(rows: ParsedRow<R>[], keyOf: (value: R) => string, ctx: PlanContext, column: string, what = 'kunci'): ParsedRow<R>[] {
  const first = new Map<string, number>();
  const repeated = new Set<string>();
  for (const r of rows) {
    const key = keyOf(r.value);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, r.row);
      continue;
    }
    repeated.add(key);
    ctx.errors.add(r.row, ctx.column(column), key, `${what} ${key} sudah ada di baris ${at} berkas ini`, `${key} is already in row ${at} of this file`);
  }
  return repeated.size ? rows.filter((r) => !repeated.has(keyOf(r.value))) : rows;
}

/** Code → id of the rows of a table whose code is among these. */
export async function codeIds(session: BulkSession, table: string, codes: Iterable<string>): Promise<Map<string, number>> {
  const list = [...new Set(codes)];
  if (!list.length) return new Map();
  const rows = await session.query<{ code: string; id: number }>(`select code, id from ${table} where code = any($1)`, [list]);
  return new Map(rows.map((r) => [r.code, Number(r.id)]));
}

/** Employee NIP → id, for these NIPs. */
export async function employeeIds(session: BulkSession, nips: Iterable<string>): Promise<Map<string, number>> {
  const list = [...new Set(nips)];
  if (!list.length) return new Map();
  const rows = await session.query<{ nip: string; id: number }>('select nip, id from employee where nip = any($1)', [list]);
  return new Map(rows.map((r) => [r.nip, Number(r.id)]));
}

/** Reports a reference to a record that does not exist, and says whether the row may go on. */
export function known<T>(map: Map<string, T>, key: string | null, row: number, ctx: PlanContext, column: string, whatId: string, whatEn: string): boolean {
  if (key === null || map.has(key)) return true;
  ctx.errors.add(row, ctx.column(column), key, `${whatId} ${key} tidak ada`, `there is no ${whatEn} ${key}`);
  return false;
}

/** Number | string | null from SQL, as the text a layout compares. */
export const asText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * Applies a rule the API applies too (separation of duties, JP that fit the dates) to one row: a
 * RuleViolation becomes the row's error, in the column of the layout that `columns` maps its field
 * to (e.g. the API's `evaluatorId` is the file's `evaluatorNip`). Says whether the row may go on.
 */
export function obeys(row: number, ctx: PlanContext, columns: Record<string, string>, rule: () => void): boolean {
  try {
    rule();
    return true;
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    const key = error.field ? columns[error.field] : undefined;
    ctx.errors.add(row, key ? ctx.column(key) : null, null, error.indonesian, error.message);
    return false;
  }
}
