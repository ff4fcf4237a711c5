import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  };
}
