import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, type QueryLimits } from './modules/access/limits.js';
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
  /** Query depth, alias, token and cost limits, and the per-account cost budget. */
  limits: QueryLimits;
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
   * What an import accepts (import-limits.ts), counted while the file is read: IMPORT_MAX_BYTES,
   * IMPORT_MAX_ROWS, IMPORT_MAX_CELLS, IMPORT_MAX_UNZIPPED_BYTES, IMPORT_MAX_SHEET_BYTES,
   * IMPORT_MAX_PART_BYTES, IMPORT_MAX_ENTRIES. The server and the import CLI use the same.
   */
  importLimits: ImportLimits;
}

/** A positive whole number from the environment, or the default; anything else stops the start-up with the variable named. */
function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number; got "${text}"`);
  return value;
}

/** The import limits from the environment (docs/operations.md). */
export function importLimitsOf(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const d = DEFAULT_IMPORT_LIMITS;
  return {
    ...d,
    maxBytes: positiveInteger(env, 'IMPORT_MAX_BYTES', d.maxBytes),
    maxRows: positiveInteger(env, 'IMPORT_MAX_ROWS', d.maxRows),
    maxCells: positiveInteger(env, 'IMPORT_MAX_CELLS', d.maxCells),
    maxUnzippedBytes: positiveInteger(env, 'IMPORT_MAX_UNZIPPED_BYTES', d.maxUnzippedBytes),
    maxSheetBytes: positiveInteger(env, 'IMPORT_MAX_SHEET_BYTES', d.maxSheetBytes),
    maxPartBytes: positiveInteger(env, 'IMPORT_MAX_PART_BYTES', d.maxPartBytes),
    maxEntries: positiveInteger(env, 'IMPORT_MAX_ENTRIES', d.maxEntries),
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
    limits: DEFAULT_LIMITS,
    dashboardStaleAfterMs: env.DASHBOARD_STALE_AFTER_MS ? Number(env.DASHBOARD_STALE_AFTER_MS) : 1000,
    viewerCacheMs: env.VIEWER_CACHE_MS ? Number(env.VIEWER_CACHE_MS) : 1000,
    importLimits: importLimitsOf(env),
  };
}
