import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/modules/access/access.js';
import { idOfPseudonym, pseudonymOf } from '../src/modules/access/pseudonym.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { startDemoCity, type DemoCity } from './support/demo-city.js';

/**
 * For random roles, scopes and queries, no response ever contains an employee outside the caller's
 * scope. The scope of each viewer is computed here in SQL, from the definitions of the roles
 * (docs/security.md), not by the code under test.
 */
let city: DemoCity;
let units: number[];
let employees: Array<{ id: number; work_unit_id: number; supervisor_id: number | null }>;
let supervisors: number[];

const NAMED_KEYS = new Set(['__typename', 'id', 'name', 'position', 'workUnit', 'pseudonym']);
const IDENTIFYING = ['name', 'nip', 'birthDate'];
const RUNS = Number(process.env.ACCESS_PROPERTY_RUNS ?? 1000);

interface Scope {
  viewer: Viewer;
  /** Employees the viewer may see in full (or pseudonymised, for ANALYST); null: everyone. */
  full: Set<number> | null;
}

async function scopeOf(role: Role, pick: number): Promise<Scope> {
  const base = { accountId: 900_000 + pick, username: `prop-${role}`, displayName: 'Property', tokenId: 0 };
  const person = employees[pick % employees.length];
  switch (role) {
    case Role.PLANNER: {
      const unit = units[pick % units.length];
      const rows = await city.sql<{ id: number }>(
        `with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id)
         select e.id from employee e where e.work_unit_id in (select id from tree)`,
        [unit],
      );
      return { viewer: { ...base, role, employeeId: null, supervisorId: null, workUnitId: unit }, full: new Set(rows.map((r) => Number(r.id))) };
    }
    case Role.SUPERVISOR: {
      const id = supervisors[pick % supervisors.length];
      const me = employees.find((e) => e.id === id)!;
      const rows = await city.sql<{ id: number }>(
        `with recursive r as (select id from employee where id = ? union select e.id from employee e join r on e.supervisor_id = r.id) select id from r`,
        [id],
      );
      return { viewer: { ...base, role, employeeId: id, supervisorId: me.supervisor_id, workUnitId: me.work_unit_id }, full: new Set(rows.map((r) => Number(r.id))) };
    }
    case Role.EMPLOYEE:
      return { viewer: { ...base, role, employeeId: person.id, supervisorId: person.supervisor_id, workUnitId: person.work_unit_id }, full: new Set([person.id]) };
    case Role.LEADERSHIP:
      return { viewer: { ...base, role, employeeId: null, supervisorId: null, workUnitId: null }, full: new Set() };
    default:
      return { viewer: { ...base, role, employeeId: null, supervisorId: null, workUnitId: null }, full: null };
  }
}

const E = '__typename id name nip pseudonym';
const queries: Array<(a: { n: number; unit: number; employee: number | string; year: number }) => string> = [
  ({ n }) => `{ employees(first: ${n}) { nodes { ${E} supervisor { ${E} } directReports { ${E} } } } }`,
  ({ n, unit }) => `{ employees(first: ${n}, workUnitId: ${unit}) { nodes { ${E} } } }`,
  ({ employee }) => `{ employee(id: "${employee}") { ${E} supervisor { ${E} } directReports { ${E} } trainingRecords { __typename id employee { ${E} } } } }`,
  ({ n, unit }) => `{ competencyAssessments(first: ${n}, workUnitId: ${unit}) { nodes { __typename id level employee { ${E} } assessor { ${E} } } } }`,
  ({ n }) => `{ competencyAssessments(first: ${n}) { nodes { __typename id employee { ${E} } } } }`,
  ({ n }) => `{ trainingRecords(first: ${n}) { nodes { __typename id employee { ${E} } } } }`,
  ({ n }) => `{ performanceEvaluations(first: ${n}) { nodes { __typename id employee { ${E} } evaluator { ${E} } } } }`,
  ({ n }) => `{ potentialAssessments(first: ${n}) { nodes { __typename id employee { ${E} } } } }`,
  ({ n, unit }) => `{ workUnit(id: ${unit}) { employees(first: ${n}) { nodes { ${E} } } positions { holders { ${E} } } } }`,
  ({ n, year }) => `{ talentMatrix(year: ${year}, first: ${n}) { recognition { __typename employee { ${E} } } coaching { __typename employee { ${E} } } } }`,
  ({ n, year }) => `{ developmentHoursCompliance(year: ${year}, first: ${n}) { employeesBelow { __typename jp employee { ${E} } } } }`,
];

/** Every employee object in a response, and every employee-owned record with the id of its employee. */
function collect(value: unknown, found: { employees: Array<Record<string, unknown>>; owned: Array<{ type: string; employeeId: number }> }) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
    return found;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object.__typename === 'Employee') found.employees.push(object);
    else if (typeof object.__typename === 'string' && object.employee && typeof object.employee === 'object') {
      const owner = String((object.employee as { id: unknown }).id);
      found.owned.push({ type: object.__typename, employeeId: /^P-/.test(owner) ? idOfPseudonym(owner)! : Number(owner) });
    }
    for (const child of Object.values(object)) collect(child, found);
  }
  return found;
}

beforeAll(async () => {
  city = await startDemoCity(400);
  units = (await city.sql<{ id: number }>('select id from work_unit order by id')).map((r) => Number(r.id));
  employees = (await city.sql<{ id: number; work_unit_id: number; supervisor_id: number | null }>('select id, work_unit_id, supervisor_id from employee order by id')).map((e) => ({
    id: Number(e.id),
    work_unit_id: Number(e.work_unit_id),
    supervisor_id: e.supervisor_id === null ? null : Number(e.supervisor_id),
  }));
  supervisors = (await city.sql<{ id: number }>('select distinct supervisor_id as id from employee where supervisor_id is not null order by 1')).map((r) => Number(r.id));
}, 120_000);
afterAll(async () => {
  await city?.close();
});

describe('no response contains an employee outside the caller\'s scope', () => {
  it(`holds for ${RUNS} random roles, scopes and queries`, async () => {
    const scopes = new Map<string, Scope>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.values(Role)),
        fc.nat(),
        fc.nat({ max: queries.length - 1 }),
        fc.record({ n: fc.integer({ min: 1, max: 30 }), unit: fc.nat(), employee: fc.nat(), year: fc.constantFrom(2024, 2025, 2026) }),
        async (role, pick, which, args) => {
          const key = `${role}:${pick % 97}`;
          if (!scopes.has(key)) scopes.set(key, await scopeOf(role, pick % 97));
          const { viewer, full } = scopes.get(key)!;
          // Analysts name employees by pseudonym (a database id names nobody for them).
          const employeeId = employees[args.employee % employees.length].id;
          const query = queries[which]({ ...args, unit: units[args.unit % units.length], employee: role === Role.ANALYST ? pseudonymOf(employeeId) : employeeId });
          const { data, errors } = await city.run(viewer, query);
          // QUERY_TOO_COMPLEX: a shape whose lists' bounds multiply past the cost limit is refused whole (nothing leaks).
          for (const error of errors ?? []) expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], `${role} ${query}: ${error.message}`).toContain(error.extensions?.code);
          const found = collect(data, { employees: [], owned: [] });

          for (const employee of found.employees) {
            // Analysts get pseudonyms for ids (never a database id); nobody else gets a pseudonym.
            const id = role === Role.ANALYST ? idOfPseudonym(String(employee.id)) : Number(employee.id);
            const inScope = full === null || full.has(id!);
            if (role === Role.ANALYST) {
              for (const field of IDENTIFYING) expect(employee[field] ?? null, `${query} ${field}`).toBeNull();
              expect(String(employee.id), `${query} id`).toMatch(/^P-[0-9A-F]{10}$/);
            } else {
              expect(employee.pseudonym ?? null, `${role} ${query} pseudonym`).toBeNull();
            }
            if (inScope) continue;
            // Outside the scope, only a name and jabatan may show: the viewer's own supervisor, or a leader's candidate lists.
            const shown = Object.entries(employee).filter(([k, v]) => v !== null && !NAMED_KEYS.has(k)).map(([k]) => k);
            expect(shown, `${role} sees more than a name of employee ${id}: ${query}`).toEqual([]);
            expect(id === viewer.supervisorId || role === Role.LEADERSHIP, `${role} sees employee ${id} outside their scope: ${query}`).toBe(true);
          }
          for (const record of found.owned) {
            if (record.type === 'TalentCandidate' && role === Role.LEADERSHIP) continue;
            expect(full === null || full.has(record.employeeId), `${role} sees a ${record.type} of employee ${record.employeeId}: ${query}`).toBe(true);
          }
        },
      ),
      { numRuns: RUNS, seed: 20261127, endOnFailure: true },
    );
  }, 600_000);
});
