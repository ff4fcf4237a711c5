import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type Database } from '../../src/db/database.js';

/** The server the tests use (set by scripts/test.sh). */
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `pnpm test`, which starts PostgreSQL');
  return url;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  db: Database;
  url: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database for one test file: no test depends on another file's data. */
export async function createTestDatabase(options: { migrate?: boolean; onQuery?: (message: string) => void } = {}): Promise<TestDatabase> {
  const name = `kompetensi_test_${randomBytes(6).toString('hex')}`;
  // From template0: concurrent CREATE DATABASE from template1 fails while another session copies it.
  await admin((c) => c.query(`create database ${name} template template0 encoding 'UTF8'`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgresql', url: url.toString() }, { onQuery: options.onQuery });
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
