import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo-seed.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
let api: TestApp;
let statements: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (message) => statements.push(message) });
  await seedDemo(t.db, { employees: 400, seed: 5, today: '2026-11-27' });
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

/** The SQL statements one GraphQL request sends. */
async function statementsOf(query: string, variables: Record<string, unknown>): Promise<string[]> {
  statements = [];
  const { errors } = await api.graphql(query, variables);
  expect(errors).toBeUndefined();
  return statements.filter((s) => s.startsWith('[query]'));
}

const PAGE = `query($first: Int) {
  employees(first: $first) {
    totalCount
    nodes {
      nip name
      workUnit { name parent { name } }
      position { name kind requirements { requiredLevel competency { code } } }
      supervisor { name }
      currentCompetencies { level method competency { code group { code } } }
      competencyGaps { gap status competency { code } }
      jpByYear { year jp }
      talentBox { box }
      trainingRecords { status course { title provider { name } } }
    }
  }
}`;

describe('no N+1', () => {
  it('a page of 100 employees with unit, jabatan, standard, current levels and gaps runs a small constant number of statements', async () => {
    const counts: number[] = [];
    for (const first of [2, 10, 100]) counts.push((await statementsOf(PAGE, { first })).length);
    // Page and count, then at most one statement per field of the query that touches the database
    // (17 of them; the talent box reads two tables): 19. A relation whose rows are all already in the
    // request's identity map (e.g. supervisors on a page that holds them) costs nothing. Plus the
    // audit row of the read (the employees it returned, one row whatever the page size): 20.
    expect(Math.max(...counts)).toBeLessThanOrEqual(20);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });
});
