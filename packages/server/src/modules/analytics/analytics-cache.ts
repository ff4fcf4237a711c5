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
 *
 * Stale while revalidating (`staleAfterMs`, for the dashboards that read raw history and take seconds
 * at a million employees, not the heatmap): after a write, a request waits at most `staleAfterMs` for
 * the new answer; if it is not ready by then it gets the newest earlier answer for the same input and
 * day, and the computation goes on and lands in the cache for the next request. One computation per
 * input and version runs at a time, however many requests ask. With `staleAfterMs` infinite (the
 * default, and in tests) every answer is fresh.
 */
const entries = new Map<string, unknown>();
/** The newest answer per input and day, whatever its version: what a stale answer is taken from. */
const newest = new Map<string, { version: bigint; value: unknown }>();
const running = new Map<string, Promise<unknown>>();
const LIMIT = 1000;
const VERSION_TTL_MS = 200;

let known: { version: string; readAt: number } | null = null;
let staleAfterMs = Number.POSITIVE_INFINITY;

export function forgetVersion(): void {
  known = null;
}

/** How long a request waits for a recomputed answer before it is given the previous one (see above). */
export function configureAnalyticsCache(options: { staleAfterMs: number }): void {
  staleAfterMs = options.staleAfterMs;
}

/** Forgets every cached answer: the next request of each input computes it (the benchmark's cold start). */
export function clearAnalyticsCache(): void {
  entries.clear();
  newest.clear();
}

export async function dataVersion(em: SqlEntityManager): Promise<string> {
  const now = Date.now();
  if (known && now - known.readAt < VERSION_TTL_MS) return known.version;
  const [{ version }] = await sql<{ version: string }>(em, 'select version from analytics.state');
  known = { version: String(version), readAt: now };
  return known.version;
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > LIMIT) map.delete(map.keys().next().value!);
}

export async function cached<T>(em: SqlEntityManager, name: string, key: unknown, compute: () => Promise<T>, options: { mayBeStale?: boolean } = {}): Promise<T> {
  const version = await dataVersion(em);
  const base = `${name}|${new Date().toISOString().slice(0, 10)}|${JSON.stringify(key)}`;
  const id = `${version}|${base}`;
  if (entries.has(id)) {
    const hit = entries.get(id) as T;
    remember(entries, id, hit);
    return hit;
  }
  let computing = running.get(id) as Promise<T> | undefined;
  if (!computing) {
    computing = compute().then((value) => {
      remember(entries, id, value);
      const previous = newest.get(base);
      if (!previous || previous.version <= BigInt(version)) remember(newest, base, { version: BigInt(version), value });
      return value;
    });
    running.set(id, computing);
    void computing.then(
      () => running.delete(id),
      () => running.delete(id),
    );
  }
  const stale = options.mayBeStale ? newest.get(base) : undefined;
  if (!stale || stale.version >= BigInt(version) || !Number.isFinite(staleAfterMs)) return computing;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(stale.value as T), staleAfterMs)));
  // If the computation fails after the stale answer went out, the next request starts it again.
  return Promise.race([computing, late]).finally(() => clearTimeout(timer));
}
