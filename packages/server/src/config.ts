import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HEAVY_CONNECTIONS, DEFAULT_STATEMENT_TIMEOUT_MS } from './db/database.js';
import { DEFAULT_LIMITS, type QueryLimits } from './modules/access/limits.js';
import { MIN_PSEUDONYM_KEY_LENGTH } from './modules/access/pseudonym.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './modules/import/import-limits.js';

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
  /**
   * PSEUDONYM_KEY: the key pseudonyms are made with (pseudonym.ts). Required in production on
   * PostgreSQL; see `startupPseudonymKey` for the embedded database and development.
   */
  pseudonymKey: string | undefined;
  /**
   * What an import accepts (import-limits.ts), counted while the file is read: IMPORT_MAX_BYTES,
   * IMPORT_MAX_ROWS, IMPORT_MAX_CELLS, IMPORT_MAX_UNZIPPED_BYTES, IMPORT_MAX_SHEET_BYTES,
   * IMPORT_MAX_PART_BYTES, IMPORT_MAX_ENTRIES. The server and the import CLI use the same.
   */
  importLimits: ImportLimits;
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

/** The import limits from the environment (docs/operations.md). */
export function importLimitsOf(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const d = DEFAULT_IMPORT_LIMITS;
  return {
    ...d,
    maxBytes: integer(env, 'IMPORT_MAX_BYTES', d.maxBytes, 1),
    maxRows: integer(env, 'IMPORT_MAX_ROWS', d.maxRows, 1),
    maxCells: integer(env, 'IMPORT_MAX_CELLS', d.maxCells, 1),
    maxUnzippedBytes: integer(env, 'IMPORT_MAX_UNZIPPED_BYTES', d.maxUnzippedBytes, 1),
    maxSheetBytes: integer(env, 'IMPORT_MAX_SHEET_BYTES', d.maxSheetBytes, 1),
    maxPartBytes: integer(env, 'IMPORT_MAX_PART_BYTES', d.maxPartBytes, 1),
    maxEntries: integer(env, 'IMPORT_MAX_ENTRIES', d.maxEntries, 1),
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
    pseudonymKey: env.PSEUDONYM_KEY || undefined,
    importLimits: importLimitsOf(env),
  };
}

/**
 * File of the embedded database's own pseudonym key: beside its data directory, not inside it
 * (PGlite refuses to create a database in a directory that is not empty).
 */
export const embeddedKeyFile = (config: Pick<AppConfig, 'embeddedDataDir'>) => `${config.embeddedDataDir}.pseudonym-key`;

/**
 * The pseudonym key the server starts with, or an error that says why it will not start:
 * - PSEUDONYM_KEY when set (at least 32 characters);
 * - on the embedded database without it (the demo of `pnpm start`): a random key made on first
 *   start and kept beside its data directory (mode 0600), so pseudonyms stay stable across restarts;
 * - on PostgreSQL in production without it: refused, since pseudonyms made with a key anyone can
 *   read are names by another spelling;
 * - on PostgreSQL in development: a random key for this process (pseudonyms change on restart).
 */
export function startupPseudonymKey(config: AppConfig): { key: string; source: 'environment' | 'embedded-file' | 'process' } {
  if (config.pseudonymKey) {
    if (config.pseudonymKey.length < MIN_PSEUDONYM_KEY_LENGTH) {
      throw new Error(`PSEUDONYM_KEY is too short: give at least ${MIN_PSEUDONYM_KEY_LENGTH} random characters (e.g. \`openssl rand -hex 32\`)`);
    }
    return { key: config.pseudonymKey, source: 'environment' };
  }
  if (!config.databaseUrl) {
    const file = embeddedKeyFile(config);
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    }
    chmodSync(file, 0o600);
    const key = readFileSync(file, 'utf8').trim();
    if (key.length < MIN_PSEUDONYM_KEY_LENGTH) throw new Error(`${file} does not hold a pseudonym key of at least ${MIN_PSEUDONYM_KEY_LENGTH} characters`);
    return { key, source: 'embedded-file' };
  }
  if (config.production) {
    throw new Error(
      'PSEUDONYM_KEY is not set: in production (NODE_ENV=production) on PostgreSQL the server refuses to start without it, ' +
        'because analysts\' pseudonyms would be made with a key anyone can read. Set PSEUDONYM_KEY to a long random value ' +
        '(e.g. `openssl rand -hex 32`) and keep it secret; changing it changes every pseudonym (docs/operations.md).',
    );
  }
  return { key: randomBytes(32).toString('hex'), source: 'process' };
}
