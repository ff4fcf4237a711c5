import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { getNamedType, getNullableType, isCompositeType, isListType, isObjectType, Kind, parse, type DefinitionNode, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatError } from '../src/common/errors.js';
import { MAX_SEARCH_LENGTH } from '../src/common/paginate.js';
import { openDatabase } from '../src/db/database.js';
import { FIELD_WEIGHTS, LIST_BOUNDS } from '../src/modules/access/cost-model.js';
import { ExpensiveRequestLimiter } from '../src/modules/access/expensive-limiter.js';
import { DEFAULT_LIMITS, measureOperation, type QueryLimits } from '../src/modules/access/limits.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { buildAppSchema } from '../src/schema.js';
import { signInAs, startTestApp, TEST_LIMITS, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { factory } from './support/factories.js';

/**
 * The cost model and what stands behind it: every attack that can be refused is refused before any
 * SQL runs; variables count with their defaults; every list has a bound; `search` is bounded and
 * literal; expensive requests queue per account; every request has a deadline.
 */
let schema: GraphQLSchema;
let t: TestDatabase;
let statements = 0;
let admin: TestApp;

beforeAll(async () => {
  schema = await buildAppSchema();
  t = await createTestDatabase({ onQuery: () => (statements += 1) });
  admin = await startTestApp(t.db);
});
afterAll(async () => {
  await admin?.close();
  await t?.drop();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables).cost;
}

describe('the schema: every list is costed', () => {
  it('every list of objects has a `first`, a connection around it, or a bound in LIST_BOUNDS', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const paged = field.args.some((a) => a.name === 'first') || type.name.endsWith('Connection');
        if (listOfObjects && !paged && !(`${type.name}.${field.name}` in LIST_BOUNDS)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('names only fields that exist in LIST_BOUNDS and FIELD_WEIGHTS', () => {
    const fields = new Set(Object.values(schema.getTypeMap()).flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [])));
    expect([...Object.keys(LIST_BOUNDS), ...Object.keys(FIELD_WEIGHTS)].filter((key) => !fields.has(key))).toEqual([]);
  });
});

describe('the web app fits', () => {
  const webSrc = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../web/src');
  const files: string[] = [];
  const collect = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (path.endsWith('.graphql')) files.push(path);
    }
  };
  collect(webSrc);
  const definitions: DefinitionNode[] = files.flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const units = Array.from({ length: 10 }, (_, i) => String(i + 1));
  // The largest variables each page sends (the composables' page sizes; the heaviest heatmap and plan a user can ask for).
  const variables: Record<string, Record<string, unknown>> = {
    CompareWorkUnits: { input: { workUnitIds: units }, run: true },
    CompetencyGapHeatmap: { input: { asOf: '2024-01-01', rowGrouping: 'GOLONGAN' }, workUnitId: '1', withScope: true },
    EmployeeSearch: { search: 'siti', first: 10, run: true },
    ImportJobs: { first: 100 },
    PlanTraining: { input: { workUnitId: '1', jpBudgetPerEmployee: 40 }, run: true },
    TrainingNeeds: { workUnitId: '1', first: 5 },
    UnitEmployees: { workUnitId: '1', first: 25, run: true },
  };
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it.each(operations.map((o) => [o.name!.value, o] as const))('%s costs less than the limit per request', (name, operation) => {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
    const vars = { id: '1', run: true, year: 2026, lastYear: 2025, withUnit: true, unitId: '1', ...variables[name] };
    expect(measureOperation(schema, document, operation, vars).cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});

describe('the cost reflects the work', () => {
  it('counts a variable by its default when the request leaves it out', () => {
    const query = 'query($n: Int = 100) { employees(first: $n) { nodes { workUnit { employees(first: $n) { nodes { id competencyGaps { gap } } } } } } }';
    expect(cost(query)).toBe(cost(query, { n: 100 }));
    expect(cost(query)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(query, { n: 1 })).toBeLessThan(1000);
  });

  it('counts a list without `first` by its bound (directReports: the largest team)', () => {
    // An employee costs 10 (TYPE_WEIGHTS): the one asked for, and each of up to 350 reports.
    expect(cost('{ employee(id: "1") { directReports { id } } }')).toBe(10 + 350 * 10);
    expect(cost('{ employees(first: 100) { nodes { directReports { id } } } }')).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('weighs a recomputation for a past day, deeper unit levels and golongan rows above a heatmap from the roll-up', () => {
    const heatmap = (input: string) => cost(`{ competencyGapHeatmap(input: ${input}) { values } }`);
    expect(heatmap('{}')).toBe(1 + 1000);
    expect(heatmap('{ unitDepth: 3 }')).toBe(1 + 2000);
    expect(heatmap('{ asOf: "2023-01-01" }')).toBe(1 + 30_000);
    expect(heatmap('{ asOf: "2023-01-01", unitDepth: 3 }')).toBe(1 + 60_000);
    expect(heatmap('{ rowGrouping: GOLONGAN }')).toBe(1 + 45_000);
  });

  it('weighs a search by the length of its pattern', () => {
    const extra = (search: string) => cost(`{ employees(first: 1, search: "${search}") { nodes { id } } }`) - cost('{ employees(first: 1) { nodes { id } } }');
    expect(extra('siti')).toBe(500 + 15 * 4);
    expect(extra('a'.repeat(100))).toBe(500 + 15 * 100);
  });
});

/** Sends a request and counts the SQL statements it caused beyond signing the caller in. */
async function sqlOf(api: TestApp, query: string, variables?: Record<string, unknown>) {
  await api.graphql('{ __typename }'); // warm: the same viewer lookup as below
  statements = 0;
  await api.graphql('{ __typename }');
  const signIn = statements;
  statements = 0;
  const res = await api.fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: res.status, body, code: body.errors?.[0]?.extensions?.code, sql: statements - signIn };
}

describe('attacks refused before any SQL runs', () => {
  let unitId: number;
  beforeAll(async () => {
    const em = t.db.orm.em.fork() as SqlEntityManager;
    const unit = factory.workUnit(em);
    await em.flush();
    unitId = unit.id;
  });

  it('LEADERSHIP: 30 aliases of a heatmap recomputed for past days, three unit levels deep', async () => {
    const api = await startTestApp(t.db, { as: await signInAs(t.db, Role.LEADERSHIP, { username: 'pimpinan-biaya' }) });
    try {
      const fields = Array.from({ length: 30 }, (_, i) => `h${i}: competencyGapHeatmap(input: { asOf: "2023-01-${String(i + 1).padStart(2, '0')}", unitDepth: 3 }) { values }`);
      const answer = await sqlOf(api, `{ ${fields.join(' ')} }`);
      expect(answer.code).toBe('QUERY_TOO_COMPLEX');
      expect(answer.status).toBe(400);
      expect(answer.sql).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('PLANNER: 30 aliased searches with a 400,000-character pattern', async () => {
    const api = await startTestApp(t.db, { as: await signInAs(t.db, Role.PLANNER, { username: 'perencana-biaya', workUnitId: unitId }) });
    try {
      const fields = Array.from({ length: 30 }, (_, i) => `e${i}: employees(first: 1, search: $s) { nodes { id } }`);
      const answer = await sqlOf(api, `query($s: String) { ${fields.join(' ')} }`, { s: '%_'.repeat(200_000) });
      expect(answer.code).toBe('BAD_USER_INPUT');
      // Refused by the check of every string (over 10,000 characters) before the cost is measured: it names the variable.
      expect(answer.body.errors?.[0].extensions?.field).toBe('s');
      expect(answer.sql).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('ANALYST: a page size given as a variable default, nested', async () => {
    const api = await startTestApp(t.db, { as: await signInAs(t.db, Role.ANALYST, { username: 'analis-biaya' }) });
    try {
      const answer = await sqlOf(api, 'query($n: Int = 100) { employees(first: $n) { nodes { workUnit { employees(first: $n) { nodes { pseudonym competencyGaps { gap } } } } } } }');
      expect(answer.code).toBe('QUERY_TOO_COMPLEX');
      expect(answer.sql).toBe(0);
      const reports = await sqlOf(api, '{ employees(first: 100) { nodes { directReports { pseudonym golongan } } } }');
      expect(reports.code).toBe('QUERY_TOO_COMPLEX');
      expect(reports.sql).toBe(0);
    } finally {
      await api.close();
    }
  });
});

describe('search', () => {
  it(`is refused beyond ${MAX_SEARCH_LENGTH} characters, naming the field, on every list that searches`, async () => {
    const long = 'a'.repeat(MAX_SEARCH_LENGTH + 1);
    for (const query of ['employees', 'workUnits', 'positions', 'courses']) {
      const { errors } = await admin.graphql(`query($s: String) { ${query}(first: 1, search: $s) { nodes { id } } }`, { s: long });
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    }
    const { errors } = await admin.graphql('query($s: String) { employees(first: 1, search: $s) { nodes { id } } }', { s: 'a'.repeat(MAX_SEARCH_LENGTH) });
    expect(errors).toBeUndefined();
  });

  it('matches %, _ and \\ literally', async () => {
    const em = t.db.orm.em.fork() as SqlEntityManager;
    const position = factory.position(em, factory.workUnit(em));
    factory.employee(em, position, { name: 'Siti_Aminah 100%' });
    factory.employee(em, position, { name: 'SitiXAminah 1000' });
    factory.employee(em, position, { name: 'Back\\slash' });
    await em.flush();
    const names = async (search: string) =>
      ((await admin.ok('query($s: String) { employees(first: 10, search: $s) { nodes { name } } }', { s: search })).employees.nodes as Array<{ name: string }>).map((e) => e.name);
    expect(await names('i_A')).toEqual(['Siti_Aminah 100%']);
    expect(await names('100%')).toEqual(['Siti_Aminah 100%']);
    expect(await names('%')).toEqual(['Siti_Aminah 100%']);
    expect(await names('k\\s')).toEqual(['Back\\slash']);
  });
});

describe('expensive requests, per account', () => {
  const limits = { perAccount: 1, inFlight: 2, queueLength: 2, maxWaitMs: 1000 };
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('run one at a time per account; the next waits in that account\'s own queue, not in front of others', async () => {
    const limiter = new ExpensiveRequestLimiter(limits);
    const order: string[] = [];
    const releaseA1 = await limiter.acquire(1);
    const a2 = limiter.acquire(1).then((release) => (order.push('a2'), release));
    const b1 = limiter.acquire(2).then((release) => (order.push('b1'), release));
    const releaseB1 = await b1; // account 2 did not wait behind account 1's queue
    expect(order).toEqual(['b1']);
    expect(limiter.state).toEqual({ running: 2, waiting: 1 });
    releaseA1();
    const releaseA2 = await a2;
    expect(order).toEqual(['b1', 'a2']);
    releaseA2();
    releaseB1();
    expect(limiter.state).toEqual({ running: 0, waiting: 0 });
  });

  it('refuse at once when the account\'s queue is full, and after the longest wait', async () => {
    vi.useFakeTimers();
    const limiter = new ExpensiveRequestLimiter(limits);
    const release = await limiter.acquire(1);
    const waiting = [limiter.acquire(1), limiter.acquire(1)];
    await expect(limiter.acquire(1)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    vi.advanceTimersByTime(limits.maxWaitMs);
    for (const w of waiting) await expect(w).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(limiter.state).toEqual({ running: 1, waiting: 0 });
    release();
    release(); // giving a place back twice frees it once
    expect(limiter.state).toEqual({ running: 0, waiting: 0 });
  });

  it('over HTTP: an account whose expensive place is taken is refused with RATE_LIMITED (429), its cheap requests and other accounts are not', async () => {
    const tight: QueryLimits = { ...TEST_LIMITS, expensiveCost: 200, expensive: { ...limits, queueLength: 0 } };
    const a = await startTestApp(t.db, { limits: tight, as: await signInAs(t.db, Role.ADMIN, { username: 'admin-berat' }) });
    const expensive = '{ employees(first: 100) { nodes { id workUnit { id } } } }';
    try {
      const held = await a.app.limiter.acquire(a.viewer.accountId);
      const refused = await sqlOf(a, expensive);
      expect(refused.status).toBe(429);
      expect(refused.code).toBe('RATE_LIMITED');
      expect(refused.sql).toBe(0);
      expect((await a.graphql('{ me { username } }')).errors).toBeUndefined();
      const other = await signInAs(t.db, Role.ADMIN, { username: 'admin-lain' });
      const res = await fetch(`${a.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${other.token}` }, body: JSON.stringify({ query: expensive }) });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      held();
      expect((await a.graphql(expensive)).errors).toBeUndefined();
    } finally {
      await a.close();
    }
  });
});

describe('a stream of refused requests', () => {
  it('spends the budget: each refusal costs the largest request, then the account is refused before its request is parsed', async () => {
    const limits: QueryLimits = { ...TEST_LIMITS, budgetCapacity: 2 * DEFAULT_LIMITS.maxCost, budgetRefillPerSecond: 0 };
    const api = await startTestApp(t.db, { limits, as: await signInAs(t.db, Role.ANALYST, { username: 'analis-penolakan' }) });
    try {
      const bomb = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { username }`).join(' ')} }`;
      for (let i = 0; i < 2; i++) expect((await sqlOf(api, bomb)).code).toBe('QUERY_TOO_COMPLEX');
      const spent = await sqlOf(api, 'this is not even GraphQL');
      expect(spent.status).toBe(429);
      expect(spent.code).toBe('RATE_LIMITED');
      const other = await signInAs(t.db, Role.ANALYST, { username: 'analis-lain' });
      const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${other.token}` }, body: JSON.stringify({ query: '{ me { username } }' }) });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('the request deadline and the statement timeout', () => {
  it('a query past its deadline stops and answers one TIMEOUT error (503)', async () => {
    const api = await startTestApp(t.db, { limits: { ...TEST_LIMITS, requestDeadlineMs: 0 } });
    try {
      const res = await api.fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ workUnits(first: 5) { nodes { id parent { id } } } }' }) });
      const body = (await res.json()) as { data: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(res.status).toBe(503);
      expect(body.data).toBeNull();
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
    } finally {
      await api.close();
    }
  });

  it('a statement PostgreSQL cancels at the statement timeout answers TIMEOUT, not an internal error', async () => {
    const db = await openDatabase({ kind: 'postgresql', url: t.url }, { statementTimeoutMs: 100 });
    try {
      const error = await db.requestOrm.em.fork().getConnection().execute('select pg_sleep(2)').catch((e: unknown) => e);
      expect(formatError({ message: 'x' }, error).extensions?.code).toBe('TIMEOUT');
    } finally {
      await db.close();
    }
  });
});
