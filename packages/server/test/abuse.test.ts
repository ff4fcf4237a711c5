import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../src/app.js';
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../src/db/database.js';
import { CostBudget, DEFAULT_LIMITS } from '../src/modules/access/limits.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs, startTestApp, TEST_LIMITS, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * The attacks of OWASP's GraphQL cheat sheet, each sent to the real server, and the rejection
 * asserted: nothing here reaches a resolver.
 */
let t: TestDatabase;
let api: TestApp;

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
  text: string;
}

async function send(body: unknown, headers: Record<string, string> = {}, as: TestApp = api): Promise<Answer> {
  const res = await as.fetch(`${as.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    // not JSON: the test looks at the status and text
  }
  return { status: res.status, body: parsed, text };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

describe('query shape limits', () => {
  it(`a depth bomb (deeper than ${DEFAULT_LIMITS.maxDepth}) is refused`, async () => {
    let selection = 'id';
    for (let i = 0; i < 15; i++) selection = `parent { ${selection} }`;
    const answer = await send({ query: `{ workUnits(first: 1) { nodes { ${selection} } } }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body.errors?.[0].message).toMatch(/levels deep/);
  });

  it('100 aliases are refused', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: competencyGroups { id }`).join(' ');
    const answer = await send({ query: `{ ${fields} }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body.errors?.[0].message).toMatch(/100 aliases/);
  });

  it('circular fragments are refused before anything runs', async () => {
    const answer = await send({ query: `{ workUnits(first: 1) { nodes { ...A } } } fragment A on WorkUnit { parent { ...B } } fragment B on WorkUnit { parent { ...A } }` });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it(`a document of more than ${DEFAULT_LIMITS.maxTokens} tokens is refused by the parser`, async () => {
    const answer = await send({ query: `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }` });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toMatch(/more that 5000 tokens/);
  });

  it('first: 100000 is refused, and so is a query whose lists multiply past the cost limit', async () => {
    const big = await send({ query: '{ employees(first: 100000) { nodes { id } } }' });
    expect(codeOf(big)).toMatch(/QUERY_TOO_COMPLEX|BAD_USER_INPUT/);
    const withinCost = await send({ query: '{ employees(first: 1000) { nodes { id } } }' });
    expect(codeOf(withinCost)).toBe('BAD_USER_INPUT');
    expect(withinCost.body.errors?.[0].message).toMatch(/100/);
    const wide = await send({ query: '{ workUnits(first: 100) { nodes { employees(first: 100) { nodes { competencyGaps { competency { id } } } } } } }' });
    expect(wide.status).toBe(400);
    expect(codeOf(wide)).toBe('QUERY_TOO_COMPLEX');
    expect(wide.body.errors?.[0].message).toMatch(/costs \d+; at most/);
  });

  it('reports the cost of an accepted query, and what is left of the budget, in extensions.cost', async () => {
    const answer = await send({ query: '{ competencyGroups { id competencies { id } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.extensions?.cost).toMatchObject({ requested: 6550, limit: DEFAULT_LIMITS.maxCost });
  });
});

describe('the per-account cost budget', () => {
  it('is a leaky bucket: it refuses beyond its capacity and drains at its rate', () => {
    let now = 0;
    const budget = new CostBudget(1000, 100, () => now);
    expect(budget.spend(1, 600)).toBe(400);
    expect(() => budget.spend(1, 600)).toThrow(/budget is spent/);
    expect(budget.spend(2, 600)).toBe(400); // another account has its own bucket
    now = 3000; // 300 drained
    expect(budget.spend(1, 600)).toBe(100);
  });

  it('is enforced over HTTP with RATE_LIMITED and status 429', async () => {
    const tight = await startTestApp(t.db, { limits: { ...TEST_LIMITS, budgetCapacity: 15_000, budgetRefillPerSecond: 0 }, as: await signInAs(t.db, Role.ANALYST, { username: 'boros' }) });
    try {
      const query = { query: '{ competencyGroups { id competencies { id } } }' };
      expect((await send(query, {}, tight)).body.extensions?.cost).toMatchObject({ requested: 6550, remaining: 8450 });
      expect((await send(query, {}, tight)).body.extensions?.cost).toMatchObject({ remaining: 1900 });
      const refused = await send(query, {}, tight);
      expect(refused.status).toBe(429);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
    } finally {
      await tight.close();
    }
  });
});

describe('transport', () => {
  it('refuses a batch (an array of operations)', async () => {
    const answer = await send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/batch/i);
  });

  it('refuses a text/plain POST (a cross-site form could send one without a preflight)', async () => {
    const answer = await send(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/CSRF|content-type/i);
  });

  it('answers nobody who is not signed in', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ employees(first: 1) { nodes { name } } }' }) });
    const body = (await res.json()) as Answer['body'];
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('suggests no field names and shows no stack traces', async () => {
    const answer = await send({ query: '{ employes(first: 1) { nodes { id } } }' });
    expect(answer.text).not.toMatch(/Did you mean/);
    expect(answer.text).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(answer.body.errors?.[0].message).toMatch(/Cannot query field "employes"/);
  });
});

describe('introspection', () => {
  const query = { query: '{ __schema { queryType { name } } }' };

  it('is refused to an EMPLOYEE and to nobody-signed-in', async () => {
    const employee = await startTestApp(t.db, { as: await signInAs(t.db, Role.EMPLOYEE, { username: 'pegawai' }) });
    try {
      const answer = await send(query, {}, employee);
      expect(answer.status).toBe(403);
      expect(codeOf(answer)).toBe('FORBIDDEN');
    } finally {
      await employee.close();
    }
    const anonymous = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query) });
    expect(anonymous.status).toBe(401);
  });

  it('is open to ANALYST and ADMIN', async () => {
    const analyst = await startTestApp(t.db, { as: await signInAs(t.db, Role.ANALYST) });
    try {
      expect((await send(query, {}, analyst)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await analyst.close();
    }
    expect((await send(query)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('statement timeout', () => {
  it(`every role's requests run on connections where PostgreSQL cancels a statement after ${DEFAULT_STATEMENT_TIMEOUT_MS / 1000} s, expensive ones too`, async () => {
    const timeout = async (em: ReturnType<typeof contextFor>['em']) => (await em.getConnection().execute('show statement_timeout'))[0].statement_timeout;
    for (const role of Object.values(Role)) {
      const { viewer } = await signInAs(t.db, role, { username: `waktu-${role.toLowerCase()}` });
      const context = contextFor(t.db, viewer);
      expect(await timeout(context.em), role).toBe(`${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`);
      context.useHeavyPool?.();
      expect(await timeout(context.em), `${role}, expensive`).toBe(`${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`);
    }
    expect(await timeout(contextFor(t.db, null).em)).toBe(`${DEFAULT_STATEMENT_TIMEOUT_MS / 1000}s`);
  });
});
