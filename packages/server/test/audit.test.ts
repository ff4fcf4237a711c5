import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maintainAuditTrail, retentionMonths } from '../src/modules/audit/audit-retention.js';
import { migrate, openDatabase } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs, startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { factory } from './support/factories.js';

let t: TestDatabase;
let api: TestApp;
let f: { unit: number; employee: number; others: number[] };

const sql = async (text: string, params: unknown[] = []) => t.db.orm.em.fork().getConnection().execute(text, params);

const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { competency { id code } } }`;
const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level}`, indicators: [`Indikator ${level}`] }));
const competencyInput = (code: string) => ({ code, name: `Kompetensi ${code}`, kind: 'TEKNIS', definition: 'Uji jejak audit.', levels });

beforeAll(async () => {
  t = await createTestDatabase();
  const em = t.db.orm.em.fork() as never;
  const unit = factory.workUnit(em);
  const position = factory.position(em, unit);
  const employee = factory.employee(em, position);
  const others = [factory.employee(em, position), factory.employee(em, position), factory.employee(em, position)];
  await (em as { flush(): Promise<void> }).flush();
  f = { unit: unit.id, employee: employee.id, others: others.map((o) => o.id) };
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

describe('the audit trail', () => {
  it('a mutation writes its audit row: who, role, operation, affected ids and the input', async () => {
    const data = await api.ok(CREATE_COMPETENCY, { input: competencyInput('AUD.1') });
    const [row] = await sql(`select * from audit_event where operation = 'createCompetency' and outcome = 'SUCCESS' order by id desc limit 1`);
    expect(row).toMatchObject({ account_id: api.viewer.accountId, username: api.viewer.username, role: 'ADMIN' });
    expect(row.affected).toContainEqual({ type: 'Competency', id: Number(data.createCompetency.competency.id) });
    expect(row.summary).toMatchObject({ input: { code: 'AUD.1' } });
  });

  it('is written in the transaction of the change: when the audit row cannot be written, the change is not either', async () => {
    await sql(`alter table audit_event add constraint audit_refuses_test check (summary->'input'->>'code' is distinct from 'AUD.REFUSED')`);
    try {
      const { errors } = await api.graphql(CREATE_COMPETENCY, { input: competencyInput('AUD.REFUSED') });
      expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await sql(`select id from competency where code = 'AUD.REFUSED'`)).toEqual([]);
    } finally {
      await sql('alter table audit_event drop constraint audit_refuses_test');
    }
    // The same input goes through once the audit row can be written.
    await api.ok(CREATE_COMPETENCY, { input: competencyInput('AUD.REFUSED') });
  });

  it('a refused mutation is logged as FAILED, and one the role may not call as DENIED; neither changes anything', async () => {
    const { errors } = await api.graphql(CREATE_COMPETENCY, { input: { ...competencyInput('AUD.BAD'), levels: levels.slice(1) } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql(`select outcome from audit_event where summary->'input'->>'code' = 'AUD.BAD'`)).toEqual([{ outcome: 'FAILED' }]);

    const planner = await startTestApp(t.db, { as: await signInAs(t.db, Role.PLANNER, { workUnitId: f.unit }) });
    try {
      const denied = await planner.graphql(CREATE_COMPETENCY, { input: competencyInput('AUD.DENIED') });
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await sql(`select outcome, role from audit_event where summary->'input'->>'code' = 'AUD.DENIED'`)).toEqual([{ outcome: 'DENIED', role: 'PLANNER' }]);
      expect(await sql(`select id from competency where code = 'AUD.DENIED'`)).toEqual([]);
    } finally {
      await planner.close();
    }
  });

  it('reading an individual\'s profile is logged', async () => {
    await api.ok(`query($id: ID) { employee(id: $id) { id } }`, { id: String(f.employee) });
    const rows = await sql(`select operation, affected from audit_event where operation = 'READ_PROFILE' order by id desc limit 1`);
    expect(rows).toEqual([{ operation: 'READ_PROFILE', affected: [{ type: 'Employee', id: f.employee }] }]);
  });

  it('stores no secrets: passwords are left out of the summary', async () => {
    await api.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
      input: { username: 'rahasia', displayName: 'Rahasia', password: 'kata-sandi-rahasia', role: 'ANALYST' },
    });
    const [row] = await sql(`select summary from audit_event where operation = 'createAccount' order by id desc limit 1`);
    expect(row.summary.input).toEqual({ username: 'rahasia', displayName: 'Rahasia', role: 'ANALYST' });
    expect(JSON.stringify(await sql('select * from audit_event'))).not.toContain('kata-sandi-rahasia');
  });

  it('cannot be altered: UPDATE and DELETE are refused, even in SQL', async () => {
    await expect(sql(`update audit_event set operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from audit_event`)).rejects.toThrow(/append-only/);
    const mutations = Object.keys(api.app.schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });

  it('ADMIN reads it with filters; nobody else may', async () => {
    const data = await api.ok(`query($employeeId: ID) { auditEvents(first: 10, operation: "READ_PROFILE", employeeId: $employeeId) { totalCount nodes { operation outcome username affected { type id } } } }`, { employeeId: String(f.employee) });
    expect(data.auditEvents.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.auditEvents.nodes[0]).toEqual({ operation: 'READ_PROFILE', outcome: 'SUCCESS', username: api.viewer.username, affected: [{ type: 'Employee', id: f.employee }] });

    const analyst = await startTestApp(t.db, { as: await signInAs(t.db, Role.ANALYST) });
    try {
      const { errors } = await analyst.graphql('{ auditEvents(first: 1) { totalCount } }');
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await analyst.close();
    }
  });
});

/** A raw POST to /graphql without a session. */
async function anonymous(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> } };
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
/** The largest a row other than a read's may be, in bytes as PostgreSQL stores it (docs/security.md). */
const ROW_BOUND_BYTES = 8_192;
const rowBytes = async (where: string) => (await sql(`select pg_column_size(e.*) as bytes from audit_event e where ${where}`)).map((r: { bytes: string }) => Number(r.bytes));

describe('bounded audit rows', () => {
  it('a failed sign-in stores a keyed hash of the attempted username, never the username itself', async () => {
    const typo = 'kata-sandi-diketik-di-kolom-nama';
    await anonymous(LOGIN, { input: { username: typo, password: 'apa-saja-1234' } });
    await anonymous(LOGIN, { input: { username: typo, password: 'apa-saja-5678' } });
    const rows = await sql(`select summary from audit_event where operation = 'login' and outcome = 'FAILED' order by id desc limit 2`);
    expect(JSON.stringify(await sql('select * from audit_event'))).not.toContain(typo);
    expect(rows[0].summary.usernameHash).toMatch(/^[0-9a-f]{64}$/);
    // The same wrong username groups: both attempts carry one hash.
    expect(rows[1].summary.usernameHash).toBe(rows[0].summary.usernameHash);
  });

  it(`a long username or a large denied argument is stored within ${ROW_BOUND_BYTES} bytes`, async () => {
    const before = Number((await sql('select max(id) as id from audit_event'))[0].id);
    await anonymous(LOGIN, { input: { username: 'u'.repeat(9_000), password: 'apa-saja-1234' } });
    // 800 kB in one argument (80 texts of 10,000 characters), sent by a role that may not call the mutation.
    const planner = await startTestApp(t.db, { as: await signInAs(t.db, Role.PLANNER, { workUnitId: f.unit }) });
    try {
      const huge = { ...competencyInput('AUD.HUGE'), levels: levels.map((l) => ({ ...l, indicators: Array.from({ length: 16 }, () => 'x'.repeat(10_000)) })) };
      expect((await planner.graphql(CREATE_COMPETENCY, { input: huge })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await planner.close();
    }
    const sizes = await rowBytes(`id > ${before}`);
    expect(sizes.length).toBe(2);
    for (const bytes of sizes) expect(bytes).toBeLessThanOrEqual(ROW_BOUND_BYTES);
    const [denied] = await sql(`select summary from audit_event where id > ${before} and outcome = 'DENIED'`);
    expect(JSON.stringify(denied.summary)).toMatch(/characters, sha256 [0-9a-f]{16}|"truncated":true/);
  });
});

describe('strings no column can hold are refused before any work', () => {
  it.each([
    ['a NUL in a variable', { username: 'admin\u0000', password: 'apa-saja-1234' }, 'input.username'],
    ['a lone surrogate in a variable', { username: 'admin\ud800', password: 'apa-saja-1234' }, 'input.username'],
    ['a string over 10,000 characters', { username: 'u'.repeat(900_000), password: 'apa-saja-1234' }, 'input.username'],
  ])('%s: BAD_USER_INPUT naming it, and no audit row', async (_case, input, field) => {
    const before = Number((await sql('select count(*) as n from audit_event'))[0].n);
    const { status, body } = await anonymous(LOGIN, { input });
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(status).toBe(400);
    expect(Number((await sql('select count(*) as n from audit_event'))[0].n)).toBe(before);
  });

  it('a NUL in a string literal of the query, and in an /api query parameter', async () => {
    const literal = await anonymous(`mutation { login(input: { username: "admin\\u0000", password: "apa-saja-1234" }) { token } }`);
    expect(literal.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.username' });
    const res = await api.fetch(`${api.url}/api/exports/heatmap.csv?metric=GAP&workUnitId=1%00`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'workUnitId' });
  });
});

describe('denied reads, reads of personal data and exports are audited', () => {
  it('an employee asking for a colleague\'s profile is refused and the refusal is recorded', async () => {
    const employee = await startTestApp(t.db, { as: await signInAs(t.db, Role.EMPLOYEE, { username: 'pegawai-audit', employeeId: f.employee }) });
    try {
      const { errors } = await employee.graphql(`query($id: ID) { employee(id: $id) { name } }`, { id: String(f.others[0]) });
      // Out of scope answers like a record that does not exist (no existence oracle); the trail says DENIED.
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const rows = await sql(`select operation, outcome, role, affected from audit_event where username = 'pegawai-audit' and outcome = 'DENIED'`);
      expect(rows).toEqual([{ operation: 'employee', outcome: 'DENIED', role: 'EMPLOYEE', affected: [{ type: 'Employee', id: f.others[0] }] }]);
      // A query refused for the role is recorded too.
      expect((await employee.graphql('{ auditEvents(first: 1) { totalCount } }')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await sql(`select operation from audit_event where username = 'pegawai-audit' and outcome = 'DENIED' order by id`)).toEqual([{ operation: 'employee' }, { operation: 'auditEvents' }]);
    } finally {
      await employee.close();
    }
  });

  it('a list of employees writes one row with the ids of everyone it returned', async () => {
    const before = Number((await sql('select max(id) as id from audit_event'))[0].id);
    const data = await api.ok(`{ employees(first: 100) { nodes { id name nip birthDate } } more: employees(first: 2) { nodes { id } } }`);
    const ids = data.employees.nodes.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b);
    expect(ids.length).toBe(4);
    const rows = await sql(`select operation, outcome, employee_ids, summary from audit_event where id > ${before}`);
    expect(rows).toEqual([{ operation: 'READ_LIST', outcome: 'SUCCESS', employee_ids: ids, summary: { field: 'employees', employees: 4 } }]);
    // ADMIN finds it by any employee it showed.
    const found = await api.ok(`query($e: ID) { auditEvents(first: 5, operation: "READ_LIST", employeeId: $e) { nodes { employeeIds } } }`, { e: String(f.others[2]) });
    expect(found.auditEvents.nodes.at(-1).employeeIds).toEqual(ids);
  });

  it('an export writes who, which kind and how many rows', async () => {
    const res = await api.fetch(`${api.url}/api/exports/employees.csv`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split('\n').length - 1;
    const [row] = await sql(`select username, role, outcome, summary from audit_event where operation = 'EXPORT' order by id desc limit 1`);
    expect(row).toEqual({ username: api.viewer.username, role: 'ADMIN', outcome: 'SUCCESS', summary: { file: 'employees.csv', kind: 'EMPLOYEES', format: 'csv', rows: lines } });

    // The heatmap's CSV with its filters; a refused one (bad filter) is recorded as FAILED.
    const heatmap = await api.fetch(`${api.url}/api/exports/heatmap.csv?minGroupSize=1`);
    const cells = (await heatmap.text()).trim().split('\n').length - 1;
    expect((await api.fetch(`${api.url}/api/exports/heatmap.csv?metric=WRONG`)).status).toBe(400);
    const rows = await sql(`select outcome, summary from audit_event where operation = 'EXPORT' and summary->>'file' = 'heatmap.csv' order by id`);
    expect(rows).toEqual([
      { outcome: 'SUCCESS', summary: { file: 'heatmap.csv', kind: 'HEATMAP', filters: { minGroupSize: '1' }, rows: cells } },
      { outcome: 'FAILED', summary: { file: 'heatmap.csv', filters: { metric: 'WRONG' }, error: 'BAD_USER_INPUT' } },
    ]);
  });
});


describe('retention: monthly partitions that only the maintenance command drops', () => {
  const month = (d: Date) => `audit_event_p${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

  it('every partition refuses UPDATE, DELETE and TRUNCATE aimed at it directly', async () => {
    const current = month(new Date());
    expect((await sql(`select count(*)::int as n from ${current}`))[0].n).toBeGreaterThan(0);
    await expect(sql(`update ${current} set operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from ${current}`)).rejects.toThrow(/append-only/);
    await expect(sql(`truncate ${current}`)).rejects.toThrow(/append-only/);
    await expect(sql(`truncate audit_event`)).rejects.toThrow(/append-only/);
  });

  it('audit:maintain makes the coming months and drops whole months older than the retention period, never the last 12', async () => {
    const em = t.db.orm.em.fork() as never;
    await sql(`select audit_event_create_partition('2019-01-01')`);
    await sql(`insert into audit_event (at, operation, outcome, affected) values ('2019-01-15T08:00:00Z', 'OLD', 'SUCCESS', '[]')`);
    const kept = Number((await sql(`select count(*) as n from audit_event where at >= now() - interval '1 month'`))[0].n);

    const { created, dropped } = await maintainAuditTrail(em, 60);
    expect(dropped).toEqual(['audit_event_p201901']);
    expect(created).toEqual([]); // the migration already made this month and the next 12
    expect(await sql(`select operation from audit_event where operation = 'OLD'`)).toEqual([]);
    expect(Number((await sql(`select count(*) as n from audit_event where at >= now() - interval '1 month'`))[0].n)).toBe(kept);

    const ahead = new Date();
    ahead.setUTCMonth(ahead.getUTCMonth() + 13, 1);
    expect((await maintainAuditTrail(em, 60, ahead)).created).toContain(month(ahead));
    // The database itself refuses to drop any of the last 12 months, whatever the caller asks.
    await expect(sql(`select audit_event_drop_partitions_before(now())`)).rejects.toThrow(/at least 12 months/);
    expect(() => retentionMonths('6')).toThrow(/at least 12/);
  });
});

describe('partitioning an existing trail', () => {
  it('keeps every row and id, and new rows continue the ids', async () => {
    const target = await createTestDatabase({ migrate: false });
    try {
      const upTo = MIGRATIONS.findIndex((m) => m.name.endsWith('_audit_partitions'));
      const before = await openDatabase({ kind: 'postgresql', url: target.url }, { migrations: MIGRATIONS.slice(0, upTo) });
      try {
        await migrate(before);
        await before.orm.em.getConnection().execute(`insert into audit_event (at, operation, outcome, affected) values ('2025-03-04T05:06:07Z', 'A', 'SUCCESS', '[]'), (now(), 'B', 'DENIED', '[]')`);
      } finally {
        await before.close();
      }
      await migrate(target.db);
      const run = (text: string) => target.db.orm.em.getConnection().execute(text);
      expect(await run(`select id, operation, tableoid::regclass::text as partition from audit_event order by id`)).toEqual([
        { id: 1, operation: 'A', partition: 'audit_event_p202503' },
        { id: 2, operation: 'B', partition: expect.stringMatching(/^audit_event_p\d{6}$/) },
      ]);
      await run(`insert into audit_event (operation, outcome, affected) values ('C', 'SUCCESS', '[]')`);
      expect((await run(`select id from audit_event where operation = 'C'`))[0].id).toBe(3);
    } finally {
      await target.drop();
    }
  });
});
