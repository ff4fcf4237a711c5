import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { seedDemo } from '../src/db/seed/demo-seed.js';
import { startTestApp } from './support/app.js';

describe('the embedded database (PGlite), used when DATABASE_URL is absent', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompetensi-pglite-'));
  let db: Database | undefined;
  afterAll(async () => {
    await db?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('boots, migrates, seeds and answers GraphQL, and keeps its data across restarts', async () => {
    db = await openDatabase({ kind: 'embedded', dataDir });
    expect(await migrate(db)).toHaveLength(MIGRATIONS.length);
    const summary = await seedDemo(db, { employees: 300, seed: 3, today: '2026-11-27' });
    expect(summary.employees).toBe(300);

    const api = await startTestApp(db);
    try {
      const { data, errors } = await api.graphql<{ employees: { totalCount: number }; competency: { levels: unknown[] } }>(
        '{ employees(first: 1) { totalCount } competency(code: "M.01") { levels { level } } }',
      );
      expect(errors).toBeUndefined();
      expect(data).toEqual({ employees: { totalCount: 300 }, competency: { levels: [1, 2, 3, 4, 5].map((level) => ({ level })) } });
      // Dates come back as days (YYYY-MM-DD), as on PostgreSQL, not as Date objects turned into numbers.
      const dates = await api.ok('{ trainingRecords(first: 3) { nodes { startDate } } competencyAssessments(first: 3) { nodes { assessedOn } } }');
      const days = [...dates.trainingRecords.nodes.map((n: { startDate: string }) => n.startDate), ...dates.competencyAssessments.nodes.map((n: { assessedOn: string }) => n.assessedOn)];
      expect(days).toHaveLength(6);
      for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const health = await (await fetch(`${api.url}/healthz`)).json();
      expect(health).toEqual({ status: 'ok', database: 'reachable', engine: 'embedded' });
    } finally {
      await api.close();
    }
    await db.close();

    // A second start finds the data on disk and nothing left to migrate.
    db = await openDatabase({ kind: 'embedded', dataDir });
    expect(await migrate(db)).toEqual([]);
    const [row] = await db.orm.em.getConnection().execute('select count(*)::int as n from employee');
    expect(row.n).toBe(300);
  });
});
