import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo-seed.js';
import { printAppSchema } from '../src/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
let api: TestApp;
const sql = (text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute(text, params);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { employees: 600, seed: 7, today: '2026-11-27' });
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

describe('the first read queries', () => {
  it('count the employees', async () => {
    const { data, errors } = await api.graphql<{ employees: { totalCount: number } }>('{ employees(first: 1) { totalCount } }');
    expect(errors).toBeUndefined();
    expect(data?.employees.totalCount).toBe(600);
  });

  it('page through employees with cursors, without overlap or gaps', async () => {
    const query = `query($after: String) { employees(first: 100, after: $after) { nodes { id nip } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      type Result = { employees: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } };
      const { data } = (await api.graphql<Result>(query, { after })) as { data: Result };
      seen.push(...data.employees.nodes.map((n) => n.id));
      expect(data.employees.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.employees.pageInfo.hasNextPage) break;
      after = data.employees.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(600);
    expect(new Set(seen).size).toBe(600);
  });

  it.each(['NAME', 'NIP'])('page through employees ordered by %s, both ways, without gaps', async (field) => {
    for (const direction of ['ASC', 'DESC']) {
      const query = `query($after: String, $order: EmployeeOrder) { employees(first: 97, after: $after, orderBy: $order) { nodes { id name nip } pageInfo { hasNextPage endCursor } } }`;
      const seen: { id: string; name: string; nip: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        type Result = { employees: { nodes: { id: string; name: string; nip: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
        const { data, errors } = (await api.graphql<Result>(query, { after, order: { field, direction } })) as { data: Result; errors?: unknown };
        expect(errors).toBeUndefined();
        seen.push(...data.employees.nodes);
        if (!data.employees.pageInfo.hasNextPage) break;
        after = data.employees.pageInfo.endCursor;
      }
      expect(new Set(seen.map((e) => e.id)).size).toBe(600);
      // PostgreSQL's collation decides the order of names; ask it for the expected order.
      const expected = await sql(`select id from employee order by ${field === 'NAME' ? 'name' : 'nip'} ${direction}, id ${direction}`);
      expect(seen.map((e) => e.id)).toEqual(expected.map((r: { id: number }) => String(r.id)));
    }
  });

  it('filter employees by a unit including its sub-units', async () => {
    const [unit] = await sql(`select w.id from work_unit w where w.kind = 'KECAMATAN' and exists (
      select 1 from employee e join work_unit k on k.id = e.work_unit_id where k.parent_id = w.id) order by w.id limit 1`);
    const [expected] = await sql(
      `with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree on w.parent_id = tree.id)
       select count(*)::int as n, count(*) filter (where work_unit_id <> ?)::int as below from employee where work_unit_id in (select id from tree)`,
      [unit.id, unit.id],
    );
    expect(expected.below).toBeGreaterThan(0);
    const { data } = await api.graphql<{ employees: { totalCount: number } }>(`query($u: ID) { employees(workUnitId: $u) { totalCount } }`, { u: String(unit.id) });
    expect(data?.employees.totalCount).toBe(expected.n);
  });

  it('search employees by name or by the start of the NIP', async () => {
    const [someone] = await sql(`select nip, name from employee order by id desc limit 1`);
    const byNip = await api.graphql<{ employees: { nodes: { nip: string }[] } }>(`query($s: String) { employees(search: $s) { nodes { nip } } }`, { s: someone.nip.slice(0, 14) });
    expect(byNip.data?.employees.nodes.map((n) => n.nip)).toContain(someone.nip);
    const word = someone.name.split(/[ ,]/)[0];
    const byName = await api.graphql<{ employees: { totalCount: number } }>(`query($s: String) { employees(search: $s) { totalCount } }`, { s: word.toLowerCase() });
    expect(byName.data?.employees.totalCount).toBeGreaterThan(0);
  });

  it('read an employee with unit, jabatan, standard and supervisor', async () => {
    const [row] = await sql(`select id from employee where supervisor_id is not null order by id limit 1`);
    const { data, errors } = await api.graphql<{
      employee: { workUnit: { name: string }; position: { kind: string; requirements: { requiredLevel: number; competency: { code: string } }[] }; supervisor: { id: string } };
    }>(`query($id: ID!) { employee(id: $id) { workUnit { name } position { kind requirements { requiredLevel competency { code } } } supervisor { id } } }`, { id: String(row.id) });
    expect(errors).toBeUndefined();
    const codes = data!.employee.position.requirements.map((r) => r.competency.code);
    expect(codes).toEqual(expect.arrayContaining(['M.01', 'M.08', 'SK.01']));
    expect(data!.employee.supervisor.id).toBeTruthy();
  });

  it('list the top-level units with their children', async () => {
    const { data } = await api.graphql<{ workUnits: { totalCount: number; nodes: { kind: string; parent: null; children: { kind: string }[] }[] } }>(
      `{ workUnits(topLevel: true, first: 100) { totalCount nodes { kind parent { id } children { kind } } } }`,
    );
    const [expected] = await sql(`select count(*)::int as n from work_unit where parent_id is null`);
    expect(data!.workUnits.totalCount).toBe(expected.n);
    const kecamatan = data!.workUnits.nodes.filter((n) => n.kind === 'KECAMATAN');
    expect(kecamatan).toHaveLength(18);
    expect(kecamatan.every((k) => k.children.some((c) => c.kind === 'KELURAHAN'))).toBe(true);
  });

  it('read a competency with its five level descriptors', async () => {
    const { data } = await api.graphql<{ competency: { name: string; kind: string; group: { code: string }; levels: { level: number; indicators: string[] }[] } }>(
      `{ competency(code: "M.05") { name kind group { code } levels { level indicators } } }`,
    );
    expect(data!.competency).toMatchObject({ name: 'Pelayanan Publik', kind: 'MANAJERIAL', group: { code: 'M' } });
    expect(data!.competency.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(data!.competency.levels.every((l) => l.indicators.length > 0)).toBe(true);
  });

  it('filter competencies by kind', async () => {
    const { data } = await api.graphql<{ competencies: { totalCount: number } }>(`{ competencies(kind: DIGITAL) { totalCount } }`);
    expect(data!.competencies.totalCount).toBe(21);
  });
});

describe('errors follow the one error model', () => {
  it.each([
    ['first above 100', '{ employees(first: 101) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['first of 0', '{ workUnits(first: 0) { totalCount } }', 'BAD_USER_INPUT', 'first'],
    ['a cursor the API never gave', '{ competencies(after: "bm9wZQ") { totalCount } }', 'BAD_USER_INPUT', 'after'],
    ['an unknown employee', '{ employee(id: "99999999") { name } }', 'NOT_FOUND', undefined],
    ['both id and code', '{ competency(id: "1", code: "M.01") { name } }', 'BAD_USER_INPUT', 'id'],
    ['an unknown field', '{ employees { salary } }', 'GRAPHQL_VALIDATION_FAILED', undefined],
  ])('%s', async (_what, query, code, field) => {
    const { errors } = await api.graphql(query);
    expect(errors?.[0].extensions?.code).toBe(code);
    expect(errors?.[0].extensions?.field).toBe(field);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at \w+ \(/i);
  });
});

describe('the HTTP surface', () => {
  it('reports database reachability at /healthz', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable', engine: 'postgresql' });
  });
});

describe('the schema as an artefact', () => {
  it('schema/schema.graphql is what the code builds (run `pnpm schema:emit` when this fails)', () => {
    const committed = readFileSync(resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printAppSchema(api.app.schema));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(api.app.schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
