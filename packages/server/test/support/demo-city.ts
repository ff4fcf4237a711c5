import type { SqlEntityManager } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { contextFor, createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { seedDemo } from '../../src/db/seed/demo-seed.js';
import { DEMO_ACCOUNTS } from '../../src/db/seed/reference/demo-accounts.js';
import type { Viewer } from '../../src/modules/access/access.js';
import type { Role } from '../../src/modules/auth/account.entity.js';
import { authService, resetAddressLimits } from '../../src/modules/auth/auth.service.js';
import { TEST_LIMITS } from './app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** The demo city at a small size, with its demo accounts signed in: what the access tests run on. */
export interface DemoCity {
  t: TestDatabase;
  app: App;
  /** The viewer of each demo account, by role. */
  viewers: Record<Role, Viewer>;
  /** Runs an operation in-process as this viewer (null: nobody signed in), through the real schema, guard and limits. */
  run(viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startDemoCity(employees = 600): Promise<DemoCity> {
  const t = await createTestDatabase();
  await seedDemo(t.db, { employees, seed: 42, today: '2026-11-27' });
  const app = await createApp(t.db, { ...loadConfig({}), webDistDir: '/nonexistent', limits: TEST_LIMITS, dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 0 });
  const em = t.db.orm.em.fork() as SqlEntityManager;
  resetAddressLimits();
  const viewers = {} as Record<Role, Viewer>;
  for (const account of DEMO_ACCOUNTS) {
    const { secret } = await authService.login(em, account.username, account.password, 'test');
    const viewer = await authService.viewerOf(em, secret);
    if (!viewer) throw new Error(`demo account ${account.username} cannot sign in`);
    viewers[account.role] = viewer;
  }
  return {
    t,
    app,
    viewers,
    async run(viewer, query, variables) {
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue: contextFor(t.db, viewer) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    sql: (text, params = []) => t.db.orm.em.fork().getConnection().execute(text, params),
    async close() {
      await app.stop();
      await t.drop();
    },
  };
}
