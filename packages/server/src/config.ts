import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HEAVY_CONNECTIONS, DEFAULT_STATEMENT_TIMEOUT_MS } from './db/database.js';
import { DEFAULT_LIMITS, type QueryLimits } from './modules/access/limits.js';

const packageRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Settings read once from the environment; everything else takes them from here. */
export interface AppConfig {
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (git-ignored). */
  embeddedDataDir: string;
  port: number;
  /** Folder with the built web app, served at `/` when present. */
  webDistDir: string;
  production: boolean;
  /**
   * Express's `trust proxy` (TRUST_PROXY, e.g. `1` for one reverse proxy, or its address): then the
   * session cookie is `Secure` behind a proxy that terminates TLS, and the audit trail records the
   * client's address from X-Forwarded-For. Unset: no proxy is trusted.
   */
  trustProxy: string | undefined;
  /** Query depth, alias, token and cost limits, the per-account cost budget, expensive requests, the request deadline. */
  limits: QueryLimits;
  /** STATEMENT_TIMEOUT_MS (default 10,000): PostgreSQL cancels a request's statement after this long, for every role. */
  statementTimeoutMs: number;
  /** EXPENSIVE_DB_CONNECTIONS (default 1): connections of the pool the expensive requests run on. */
  heavyConnections: number;
  /**
   * DASHBOARD_STALE_AFTER_MS (default 1000): after a write, how long a request for one of the slow
   * dashboards (JP, SKP, 9-box, digital readiness, IP kompetensi) waits for the recomputed answer before
   * it is given the previous one while the computation finishes (analytics-cache.ts). `Infinity`: always wait.
   */
  dashboardStaleAfterMs: number;
  /**
   * VIEWER_CACHE_MS (default 1000): how long this process remembers who a valid session or API token
   * belongs to (viewer-cache.ts). A sign-out or account change through another process shows within it. 0: never.
   */
  viewerCacheMs: number;
}

/** A whole number of at least `min` from the environment, or the default; anything else stops the start with the name. */
function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (it is "${text}")`);
  return value;
}

/** The query limits, each overridable from the environment (docs/operations.md), so an operator can size them and a load test lift them. */
function limitsFrom(env: NodeJS.ProcessEnv): QueryLimits {
  const d = DEFAULT_LIMITS;
  return {
    ...d,
    maxCost: integer(env, 'QUERY_MAX_COST', d.maxCost, 1),
    budgetCapacity: integer(env, 'QUERY_BUDGET_CAPACITY', d.budgetCapacity, 1),
    budgetRefillPerSecond: integer(env, 'QUERY_BUDGET_REFILL', d.budgetRefillPerSecond),
    expensiveCost: integer(env, 'EXPENSIVE_QUERY_COST', d.expensiveCost, 1),
    expensive: {
      perAccount: integer(env, 'EXPENSIVE_PER_ACCOUNT', d.expensive.perAccount, 1),
      inFlight: integer(env, 'EXPENSIVE_IN_FLIGHT', d.expensive.inFlight, 1),
      queueLength: integer(env, 'EXPENSIVE_QUEUE_LENGTH', d.expensive.queueLength),
      maxWaitMs: integer(env, 'EXPENSIVE_QUEUE_WAIT_MS', d.expensive.maxWaitMs),
    },
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', d.requestDeadlineMs, 1),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_DATA_DIR || resolve(packageRoot, '../../.data/pglite'),
    port: Number(env.PORT || 4000),
    webDistDir: env.WEB_DIST_DIR || resolve(packageRoot, '../web/dist'),
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY || undefined,
    limits: limitsFrom(env),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', DEFAULT_STATEMENT_TIMEOUT_MS, 1),
    heavyConnections: integer(env, 'EXPENSIVE_DB_CONNECTIONS', DEFAULT_HEAVY_CONNECTIONS, 1),
    dashboardStaleAfterMs: env.DASHBOARD_STALE_AFTER_MS ? Number(env.DASHBOARD_STALE_AFTER_MS) : 1000,
    viewerCacheMs: env.VIEWER_CACHE_MS ? Number(env.VIEWER_CACHE_MS) : 1000,
  };
}
