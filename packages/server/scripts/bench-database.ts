import pg from 'pg';
import { migrate, type Database } from '../src/db/database.js';
import { seedDemo } from '../src/db/seed/demo-seed.js';

/** The PostgreSQL server the benchmarks use: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local one. */
export const benchAdminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://app:app@127.0.0.1:5432/postgres';

/** The URL of database `name` on the benchmarks' server, created when it is missing (kept between runs). */
export async function benchDatabaseUrl(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: benchAdminUrl });
  await client.connect();
  try {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (!exists) await client.query(`create database ${name} template template0 encoding 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(benchAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates the database and seeds the demo city, unless it already holds exactly this many employees. */
export async function readyDemoCity(db: Database, employees: number): Promise<void> {
  await migrate(db);
  const [{ n }] = await db.orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from employee');
  if (n === employees) return;
  console.log(`Seeding ${employees} employees ...`);
  const started = performance.now();
  await seedDemo(db, { employees, reset: n > 0 });
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
