import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs, startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { factory } from './support/factories.js';

let t: TestDatabase;
let api: TestApp;
let f: { unit: number; employee: number };

const sql = async (text: string, params: unknown[] = []) => t.db.orm.em.fork().getConnection().execute(text, params);

const CREATE_COMPETENCY = `mutation($input: CreateCompetencyInput!) { createCompetency(input: $input) { competency { id code } } }`;
const levels = [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level}`, indicators: [`Indikator ${level}`] }));
const competencyInput = (code: string) => ({ code, name: `Kompetensi ${code}`, kind: 'TEKNIS', definition: 'Uji jejak audit.', levels });

beforeAll(async () => {
  t = await createTestDatabase();
  const em = t.db.orm.em.fork() as never;
  const unit = factory.workUnit(em);
  const employee = factory.employee(em, factory.position(em, unit));
  await (em as { flush(): Promise<void> }).flush();
  f = { unit: unit.id, employee: employee.id };
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
