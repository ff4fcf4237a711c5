import { loadConfig } from '../src/config.js';
import type { DatabaseTarget } from '../src/db/database.js';

/** The database a command-line tool works on: `DATABASE_URL` if set, the embedded database otherwise. */
export function cliTarget(): DatabaseTarget {
  const config = loadConfig();
  return config.databaseUrl ? { kind: 'postgresql', url: config.databaseUrl } : { kind: 'embedded', dataDir: config.embeddedDataDir };
}

export const describeTarget = (target: DatabaseTarget) =>
  target.kind === 'postgresql' ? `PostgreSQL ${target.url.replace(/\/\/[^@]*@/, '//***@')}` : `embedded database in ${target.dataDir}`;
