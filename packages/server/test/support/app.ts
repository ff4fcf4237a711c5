import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import { contextFor, createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { Viewer } from '../../src/modules/access/access.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../../src/modules/access/limits.js';
import { Account, Role } from '../../src/modules/auth/account.entity.js';
import { TokenKind } from '../../src/modules/auth/auth-token.entity.js';
import { authService } from '../../src/modules/auth/auth.service.js';
import { hashPassword } from '../../src/modules/auth/password.js';

export interface TestApp {
  app: App;
  url: string;
  /** The signed-in account every request is made as (ADMIN unless asked otherwise). */
  viewer: Viewer;
  /** Its bearer token. */
  token: string;
  /** `fetch` with the account's bearer token. */
  fetch: typeof fetch;
  /** Sends a GraphQL request over HTTP, as a client would. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GraphQLFormattedError[] }>;
  /** Sends a request that must succeed, and returns its data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ok(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Executes an operation in-process through the same schema and error model. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: readonly GraphQLFormattedError[] }>;
  close(): Promise<void>;
}

/**
 * Signs an account of this role in directly through the auth service (creating it on first use)
 * and returns its viewer and bearer token. Tests of the access rules use it for every role.
 */
export async function signInAs(
  db: Database,
  role: Role,
  who: { username?: string; employeeId?: number | null; workUnitId?: number | null } = {},
): Promise<{ viewer: Viewer; token: string }> {
  const em = db.orm.em.fork();
  const username = who.username ?? `test-${role.toLowerCase()}`;
  let account = await em.findOne(Account, { username });
  if (!account) {
    account = em.create(Account, {
      username,
      displayName: `Test ${role}`,
      passwordHash: await hashPassword('test-password-123'),
      role,
      employee: who.employeeId ?? null,
      workUnit: who.workUnitId ?? null,
    });
    await em.flush();
  }
  const { secret } = await authService.issueToken(em as never, account, TokenKind.SESSION, new Date(Date.now() + 86_400_000));
  const viewer = await authService.viewerOf(em as never, secret);
  if (!viewer) throw new Error('the test account could not sign in');
  return { viewer, token: secret };
}

/**
 * Limits for tests: the real depth, alias and cost rules, with a budget no test run can spend, and
 * expensive requests that queue (one at a time per account, as in production) but are never refused
 * for waiting, nor stopped by the deadline, however slow the machine running the tests.
 */
export const TEST_LIMITS: QueryLimits = {
  ...DEFAULT_LIMITS,
  budgetCapacity: 1e12,
  budgetRefillPerSecond: 1e9,
  expensive: { ...DEFAULT_LIMITS.expensive, queueLength: 1000, maxWaitMs: 600_000 },
  requestDeadlineMs: 600_000,
};

/**
 * The real HTTP server on a free port, over a test database, with every request signed in (as an
 * ADMIN by default: the tests of the graph and analytics see everything; the access tests pass
 * other roles).
 */
export async function startTestApp(
  db: Database,
  options: { role?: Role; as?: { viewer: Viewer; token: string }; limits?: QueryLimits } = {},
): Promise<TestApp> {
  // Every dashboard answer fresh: a test that writes and reads again must see its write, however slow the machine.
  const app = await createApp(db, { ...loadConfig({}), webDistDir: '/nonexistent', limits: options.limits ?? TEST_LIMITS, dashboardStaleAfterMs: Number.POSITIVE_INFINITY, viewerCacheMs: 0 });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  const { viewer, token } = options.as ?? (await signInAs(db, options.role ?? Role.ADMIN));
  const authorizedFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const graphql: TestApp['graphql'] = async (query, variables) => {
    const res = await authorizedFetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as never;
  };
  return {
    app,
    url,
    viewer,
    token,
    fetch: authorizedFetch,
    graphql,
    async ok(query, variables) {
      const { data, errors } = await graphql(query, variables);
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      return data;
    },
    async execute(query, variables) {
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue: contextFor(db, viewer) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    },
    close: () => app.stop(),
  };
}
