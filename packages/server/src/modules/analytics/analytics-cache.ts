import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';

/**
 * Dashboard answers cached per input and version of the data: a statement trigger on every table of
 * the graph bumps `analytics.state.version` in the writing transaction, so the first request
 * after a commit recomputes and the rest are served from memory. The day is part of the key, since
 * "today" moves. Bounded, least recently used out first.
 *
 * The version itself is read from the database at most every VERSION_TTL_MS: under load most
 * requests then cost no query at all, and a write made through another server process shows within
 * that time (well inside the second the product promises). Writes through this process forget the
 * version at once (`forgetVersion`), so their author sees them on the next request. One process serves
 * one database: the cache is per process.
 */
const entries = new Map<string, unknown>();
const LIMIT = 1000;
const VERSION_TTL_MS = 200;

let known: { version: string; readAt: number } | null = null;

export function forgetVersion(): void {
  known = null;
}

export async function dataVersion(em: SqlEntityManager): Promise<string> {
  const now = Date.now();
  if (known && now - known.readAt < VERSION_TTL_MS) return known.version;
  const [{ version }] = await sql<{ version: string }>(em, 'select version from analytics.state');
  known = { version: String(version), readAt: now };
  return known.version;
}

export async function cached<T>(em: SqlEntityManager, name: string, key: unknown, compute: () => Promise<T>): Promise<T> {
  const id = `${name}|${await dataVersion(em)}|${new Date().toISOString().slice(0, 10)}|${JSON.stringify(key)}`;
  if (entries.has(id)) {
    const hit = entries.get(id) as T;
    entries.delete(id);
    entries.set(id, hit);
    return hit;
  }
  const value = await compute();
  entries.set(id, value);
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
  return value;
}
