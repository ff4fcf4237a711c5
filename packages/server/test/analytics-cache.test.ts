import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cached, clearAnalyticsCache, configureAnalyticsCache, forgetVersion } from '../src/modules/analytics/analytics-cache.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

// The dashboard cache against the real version counter of a real database. No test waits on a clock:
// a computation is a promise the test settles itself, and a stale answer is only possible while it is
// unsettled.
let t: TestDatabase;
let em: SqlEntityManager;

beforeAll(async () => {
  t = await createTestDatabase();
  em = t.db.orm.em.fork() as SqlEntityManager;
});
afterAll(() => t.drop());
afterEach(() => {
  configureAnalyticsCache({ staleAfterMs: Number.POSITIVE_INFINITY });
  clearAnalyticsCache();
});

/** A write somewhere in the graph, as the triggers record it. */
async function write(): Promise<void> {
  await em.getConnection().execute('update analytics.state set version = version + 1');
  forgetVersion();
}

/** Lets every promise reaction already queued run (no clock involved). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A computation the test settles, counting how often the cache starts it. */
function computation<T>() {
  const d = deferred<T>();
  const c = { calls: 0, run: () => ((c.calls += 1), d.promise), ...d };
  return c;
}

describe('analytics cache', () => {
  it('serves one answer per version, computed once however many ask at the same time', async () => {
    const first = computation<string>();
    const answers = Promise.all([cached(em, 'd', { k: 1 }, first.run), cached(em, 'd', { k: 1 }, first.run), cached(em, 'd', { k: 1 }, first.run)]);
    first.resolve('A');
    expect(await answers).toEqual(['A', 'A', 'A']);
    expect(first.calls).toBe(1);
    expect(await cached(em, 'd', { k: 1 }, () => Promise.resolve('never asked'))).toBe('A');

    await write();
    expect(await cached(em, 'd', { k: 1 }, () => Promise.resolve('B'))).toBe('B');
  });

  it('after a write, a slow dashboard answers with the previous figures and the new ones land for the next request', async () => {
    configureAnalyticsCache({ staleAfterMs: 0 });
    expect(await cached(em, 'slow', { k: 1 }, () => Promise.resolve('before'), { mayBeStale: true })).toBe('before');

    await write();
    const recompute = computation<string>();
    expect(await cached(em, 'slow', { k: 1 }, recompute.run, { mayBeStale: true })).toBe('before');
    expect(await cached(em, 'slow', { k: 1 }, recompute.run, { mayBeStale: true })).toBe('before');
    expect(recompute.calls).toBe(1);

    recompute.resolve('after');
    await settled();
    expect(await cached(em, 'slow', { k: 1 }, () => Promise.resolve('not again'), { mayBeStale: true })).toBe('after');
  });

  it('never answers stale for another input, for a dashboard that must be fresh, or when told to wait', async () => {
    configureAnalyticsCache({ staleAfterMs: 0 });
    await cached(em, 'slow', { k: 1 }, () => Promise.resolve('k1'), { mayBeStale: true });
    await cached(em, 'fresh', { k: 1 }, () => Promise.resolve('fresh before'));
    await write();

    expect(await cached(em, 'slow', { k: 2 }, () => Promise.resolve('k2'), { mayBeStale: true })).toBe('k2');
    expect(await cached(em, 'fresh', { k: 1 }, () => Promise.resolve('fresh after'))).toBe('fresh after');

    configureAnalyticsCache({ staleAfterMs: Number.POSITIVE_INFINITY });
    const recompute = computation<string>();
    const answer = cached(em, 'slow', { k: 1 }, recompute.run, { mayBeStale: true });
    recompute.resolve('k1 after');
    expect(await answer).toBe('k1 after');
  });

  it('a computation that fails in the background is retried by the next request; an older answer is never put over a newer one', async () => {
    configureAnalyticsCache({ staleAfterMs: 0 });
    await cached(em, 'slow', { k: 1 }, () => Promise.resolve('v1'), { mayBeStale: true });
    await write();
    const failing = computation<string>();
    expect(await cached(em, 'slow', { k: 1 }, failing.run, { mayBeStale: true })).toBe('v1');
    failing.reject(new Error('statement timeout'));
    await settled();

    const retry = computation<string>();
    const answer = cached(em, 'slow', { k: 1 }, retry.run, { mayBeStale: true });
    expect(await answer).toBe('v1');
    expect(retry.calls).toBe(1);
    retry.resolve('v2');
    await settled();
    expect(await cached(em, 'slow', { k: 1 }, () => Promise.resolve('not again'), { mayBeStale: true })).toBe('v2');
  });

  it('without any earlier answer, the first request waits for the computation', async () => {
    configureAnalyticsCache({ staleAfterMs: 0 });
    const first = computation<string>();
    const answer = cached(em, 'slow', { k: 3 }, first.run, { mayBeStale: true });
    first.resolve('only answer');
    expect(await answer).toBe('only answer');
  });
});
