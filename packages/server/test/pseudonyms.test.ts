import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedKeyFile, loadConfig, startupPseudonymKey } from '../src/config.js';
import type { Viewer } from '../src/modules/access/access.js';
import { idOfPseudonym, pseudonymOf } from '../src/modules/access/pseudonym.js';
import { releaseLevels, WITHHELD, type QuasiRow } from '../src/modules/access/pseudonymity.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { startDemoCity, type DemoCity } from './support/demo-city.js';

/**
 * Pseudonymised rows: what an ANALYST sees of individuals cannot be undone (docs/security.md,
 * "Pseudonymised rows (k-anonymity)"), and no answer tells an unknown id or NIP from one out of
 * scope. On the demo city, with the classes computed in this file's own SQL.
 */
let city: DemoCity;
const K = 5;
const PSEUDONYM = /^P-[0-9A-F]{10}$/;
const QI = ['positionKind', 'topWorkUnit', 'status', 'golongan', 'gender', 'educationLevel'] as const;

/** Every employee's generalised quasi-identifiers, computed here from the tables. */
const GENERALISED = `with recursive tops as (
    select id, id as top_id from work_unit where parent_id is null
    union all select w.id, t.top_id from work_unit w join tops t on w.parent_id = t.id)
  select e.id, p.kind as "positionKind", t.top_id::text as "topWorkUnit", e.status, e.golongan, e.gender, e.education_level as "educationLevel",
         p.name as position_name, e.nip
    from employee e join position p on p.id = e.position_id join tops t on t.id = e.work_unit_id`;

type Row = Record<(typeof QI)[number], string | null> & { id: string; pseudonym: string | null };

const ROW_FIELDS = 'id pseudonym positionKind topWorkUnit { id } status golongan gender educationLevel';

beforeAll(async () => {
  city = await startDemoCity();
}, 180_000);

afterAll(async () => {
  await city?.close();
});

const analyst = () => city.viewers.ANALYST;
const run = (viewer: Viewer, query: string, variables?: Record<string, unknown>) => city.run(viewer, query, variables);

/** Every row of `employees(<args>)` as the analyst sees it, page by page, with the errors of withheld fields. */
async function analystRows(args = ''): Promise<{ rows: Row[]; cursors: string[]; withheldErrors: number; otherErrors: string[] }> {
  const rows: Row[] = [];
  const cursors: string[] = [];
  let withheldErrors = 0;
  const otherErrors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const answer = await run(analyst(), `query($after: String) { employees(first: 100, after: $after ${args}) { pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW_FIELDS} } } } }`, { after });
    for (const error of answer.errors ?? []) {
      if (error.extensions?.code === 'FORBIDDEN' && /k-anonymity/.test(error.message)) withheldErrors++;
      else otherErrors.push(error.message);
    }
    const page = (answer.data as { employees: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ cursor: string; node: Row & { topWorkUnit: { id: string } | null } }> } }).employees;
    for (const edge of page.edges) {
      rows.push({ ...edge.node, topWorkUnit: edge.node.topWorkUnit?.id ?? null });
      cursors.push(edge.cursor);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, cursors, withheldErrors, otherErrors };
}

describe('pseudonyms are a keyed permutation of the id', () => {
  it('round-trips every id and gives different ids different pseudonyms', () => {
    const seen = new Set<string>();
    for (let id = 1; id <= 3000; id++) {
      const pseudonym = pseudonymOf(id);
      expect(pseudonym).toMatch(PSEUDONYM);
      expect(idOfPseudonym(pseudonym)).toBe(id);
      seen.add(pseudonym);
    }
    expect(seen.size).toBe(3000);
    expect(idOfPseudonym('12')).toBeNull();
    expect(idOfPseudonym('P-XYZ')).toBeNull();
  });
});

describe('release levels (pure)', () => {
  it('counts classes among the rows shown alike, and withholds a remainder smaller than k', () => {
    const row = (id: number, over: Partial<QuasiRow> = {}): QuasiRow => ({ id, positionKind: 'PELAKSANA', topWorkUnit: 1, status: 'PNS', golongan: 'II/a', gender: 'MALE', educationLevel: 'SMA', ...over });
    // Five alike: level 0. Three others share only kind and unit with each other and two more.
    const rows = [1, 2, 3, 4, 5].map((id) => row(id));
    rows.push(row(6, { golongan: 'III/a' }), row(7, { golongan: 'III/b' }), row(8, { educationLevel: 'S1' }), row(9, { gender: 'FEMALE' }), row(10, { status: 'PPPK', golongan: 'V' }));
    const levels = releaseLevels(rows, 5);
    expect([1, 2, 3, 4, 5].map((id) => levels.get(id))).toEqual([0, 0, 0, 0, 0]);
    // 6–10 are not five alike at levels 1 (status, gender differ) but are at level 2 (kind, unit).
    expect([6, 7, 8, 9, 10].map((id) => levels.get(id))).toEqual([2, 2, 2, 2, 2]);
    expect(releaseLevels([row(1), row(2)], 5).get(1)).toBe(WITHHELD);
  });
});

describe('ANALYST: k-anonymous pseudonymised rows', () => {
  it('the Sekretaris Daerah cannot be singled out: no exact jabatan, no exact unit, no filter that leaves fewer than 5', async () => {
    const [sekda] = await city.sql<{ id: number; positionKind: string; topWorkUnit: string; position_id: number; work_unit_id: number }>(
      `with g as (${GENERALISED}) select g.id, g."positionKind", g."topWorkUnit", e.position_id, e.work_unit_id from g join employee e on e.id = g.id
        where g.position_name ilike 'Sekretaris Daerah%' limit 1`,
    );
    expect(sekda).toBeDefined();
    // The attack: the JPT Pratama, with their jabatan's name.
    const attack = await run(analyst(), '{ employees(positionKind: JPT_PRATAMA, first: 100) { totalCount nodes { id position { name } workUnit { name } } } }');
    const nodes = (attack.data as { employees: { nodes: Array<{ position: unknown; workUnit: unknown }> } }).employees.nodes;
    expect(nodes.every((n) => n.position === null && n.workUnit === null)).toBe(true);
    expect(attack.errors?.length).toBe(nodes.length * 2);
    expect(attack.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && /positionKind|topWorkUnit/.test(e.message))).toBe(true);
    // Narrowed to the Sekda's own top-level unit: none, or at least five.
    const narrowed = await run(analyst(), `{ employees(positionKind: ${sekda.positionKind}, workUnitId: "${sekda.topWorkUnit}") { totalCount } }`);
    const count = (narrowed.data as { employees: { totalCount: number } }).employees.totalCount;
    expect(count === 0 || count >= K).toBe(true);
    // The exact position's holders, and the exact unit's people, are refused, naming what was asked.
    const holders = await run(analyst(), `{ position(id: ${sekda.position_id}) { holders { id } } }`);
    expect(holders.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Position\.holders/) });
    const [subUnit] = await city.sql<{ id: number }>('select id from work_unit where parent_id is not null order by id limit 1');
    const sub = await run(analyst(), `{ employees(workUnitId: "${subUnit.id}") { totalCount } }`);
    expect(sub.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/^workUnitId:/) });
    const unitList = await run(analyst(), `{ workUnit(id: ${subUnit.id}) { employees { totalCount } } }`);
    expect(unitList.errors?.[0].message).toMatch(/^WorkUnit\.employees:/);
    const exact = await run(analyst(), `{ workUnit(id: ${sekda.topWorkUnit}) { employees(includeSubUnits: false) { totalCount } } }`);
    expect(exact.errors?.[0].message).toMatch(/^includeSubUnits:/);
    for (const list of ['competencyAssessments', 'trainingRecords', 'performanceEvaluations', 'potentialAssessments']) {
      const records = await run(analyst(), `{ ${list}(workUnitId: "${subUnit.id}") { totalCount } }`);
      expect(records.errors?.[0].message).toMatch(/^workUnitId:/);
    }
    // Reporting lines would link rows: withheld.
    const lines = await run(analyst(), `{ employees(first: 3) { nodes { supervisor { id } directReports { id } } } }`);
    expect(lines.errors?.length).toBe(6);
  });

  it('every row an analyst sees is in a class of at least 5, on what it shows and on the generalised tuple of the population', async () => {
    const { rows, withheldErrors, otherErrors } = await analystRows();
    expect(otherErrors).toEqual([]);
    const [{ total }] = await city.sql<{ total: number }>('select count(*)::int as total from employee');
    // Rows are withheld only in a remainder smaller than k (none in the demo city).
    expect(rows.length).toBeGreaterThan(total - K);
    // Shown alike: the class of each row among the rows of the answer.
    const classes = new Map<string, number>();
    const key = (row: Row) => JSON.stringify(QI.map((field) => row[field]));
    for (const row of rows) classes.set(key(row), (classes.get(key(row)) ?? 0) + 1);
    expect([...classes.values()].every((n) => n >= K)).toBe(true);
    // Against the population, from SQL: as many employees share every value a row shows.
    const population = await city.sql<Record<string, string | null>>(GENERALISED);
    for (const row of rows) {
      const shown = QI.filter((field) => row[field] !== null);
      const alike = population.filter((p) => shown.every((field) => p[field] === row[field]));
      expect(alike.length).toBeGreaterThanOrEqual(K);
    }
    // The withholding is partial, not total: some rows show every quasi-identifier, and the withheld ones say why.
    expect(rows.some((row) => QI.every((field) => row[field] !== null || field === 'golongan'))).toBe(true);
    expect(withheldErrors).toBeGreaterThan(0);
  });

  it('a filter matches only what rows show: every answer is empty or at least 5, and matches the rows shown', async () => {
    const { rows } = await analystRows();
    const kinds = [...new Set(rows.map((r) => r.positionKind).filter(Boolean))];
    const units = [...new Set(rows.map((r) => r.topWorkUnit).filter(Boolean))].slice(0, 6);
    for (const kind of kinds) {
      for (const unit of units) {
        const answer = await run(analyst(), `{ employees(positionKind: ${kind}, workUnitId: "${unit}") { totalCount } }`);
        const count = (answer.data as { employees: { totalCount: number } }).employees.totalCount;
        expect(count === 0 || count >= K).toBe(true);
        expect(count).toBe(rows.filter((r) => r.positionKind === kind && r.topWorkUnit === unit).length);
      }
    }
    const golongan = rows.find((r) => r.golongan)!.golongan!;
    const byGolongan = await analystRows(`, golongan: "${golongan}"`);
    expect(byGolongan.rows.length).toBe(rows.filter((r) => r.golongan === golongan).length);
  });

  it('no database id reaches an analyst: ids are pseudonyms, cursors carry no id, lookups take pseudonyms only', async () => {
    const { rows, cursors } = await analystRows();
    expect(rows.every((row) => PSEUDONYM.test(row.id) && row.id === row.pseudonym)).toBe(true);
    for (const cursor of cursors) expect(Buffer.from(cursor, 'base64url').toString()).toMatch(/^p:P-[0-9A-F]{10}$/);
    // Records reach employees too: their employee's id is the pseudonym.
    const records = await run(analyst(), `{
      competencyAssessments(first: 5) { nodes { employee { id } } }
      trainingRecords(first: 5) { nodes { employee { id } } }
      performanceEvaluations(first: 5) { nodes { employee { id } } }
      talentMatrix(year: 2025, first: 5) { recognition { employee { id } } } }`);
    const ids = JSON.stringify(records.data).match(/"id":"[^"]*"/g) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => PSEUDONYM.test(id.slice(6, -1)))).toBe(true);
    // A profile by its pseudonym; the same by a database id names nobody.
    const first = rows[0];
    const [real] = await city.sql<{ id: number }>('select id from employee order by id limit 1');
    const byPseudonym = await run(analyst(), `{ employee(id: "${first.id}") { id pseudonym } }`);
    expect(byPseudonym.data).toEqual({ employee: { id: first.id, pseudonym: first.id } });
    const byId = await run(analyst(), `{ employee(id: "${real.id}") { id } }`);
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const records2 = await run(analyst(), `{ competencyAssessments(employeeId: "${first.id}", first: 100) { nodes { employee { id } } } }`);
    const owners = (records2.data as { competencyAssessments: { nodes: Array<{ employee: { id: string } }> } }).competencyAssessments.nodes;
    expect(owners.every((n) => n.employee.id === first.id)).toBe(true);
    // A cursor with an id in it is not one an analyst's list gave out.
    const forged = await run(analyst(), `{ employees(after: "${Buffer.from('id:1').toString('base64url')}") { totalCount } }`);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('aggregates narrowed to a unit list only individuals whose rows show that unit, and none for a sub-unit', async () => {
    const [sub] = await city.sql<{ id: number; top: number }>(
      `select w.id, p.id as top from work_unit w join work_unit p on p.id = w.parent_id and p.parent_id is null
        join employee e on e.work_unit_id = w.id group by w.id, p.id order by count(*) desc limit 1`,
    );
    const query = (unit: number) => `{ talentMatrix(year: 2025, first: 100, scope: { workUnitId: "${unit}" }) {
      recognition { employee { id topWorkUnit { id } } } coaching { employee { id topWorkUnit { id } } } } }`;
    type Lists = { talentMatrix: { recognition: Array<{ employee: { topWorkUnit: { id: string } | null } }>; coaching: Array<{ employee: { topWorkUnit: { id: string } | null } }> } };
    const all = (data: unknown) => [...(data as Lists).talentMatrix.recognition, ...(data as Lists).talentMatrix.coaching];
    // ADMIN sees candidates in the sub-unit; an analyst, none (no row shows a sub-unit).
    expect(all((await run(city.viewers.ADMIN, query(sub.id))).data).length).toBeGreaterThan(0);
    expect(all((await run(analyst(), query(sub.id))).data)).toEqual([]);
    // Narrowed to the top-level unit: only rows that show it.
    const top = all((await run(analyst(), query(sub.top))).data);
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((c) => c.employee.topWorkUnit?.id === String(sub.top))).toBe(true);
  });

  it('lists narrowed by status name nobody to an analyst (a row may withhold its status); ADMIN still gets names', async () => {
    const query = `{ talentMatrix(year: 2025, first: 100, scope: { employeeStatus: PNS }) { recognition { employee { id } } coaching { employee { id } } } }`;
    type Lists = { talentMatrix: { recognition: unknown[]; coaching: unknown[] } };
    const named = (data: unknown) => (data as Lists).talentMatrix.recognition.length + (data as Lists).talentMatrix.coaching.length;
    expect(named((await run(city.viewers.ADMIN, query)).data)).toBeGreaterThan(0);
    expect(named((await run(analyst(), query)).data)).toBe(0);
    const unfiltered = await run(analyst(), query.replace('employeeStatus: PNS', ''));
    expect(named(unfiltered.data)).toBeGreaterThan(0);
  });

  it('pages in pseudonym order: every row once', async () => {
    const { rows } = await analystRows();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect([...rows.map((r) => r.id)].sort()).toEqual(rows.map((r) => r.id));
  });
});

describe('only pseudonymous viewers get pseudonyms', () => {
  it.each([Role.ADMIN, Role.PLANNER, Role.SUPERVISOR, Role.EMPLOYEE])('%s: pseudonym is null, without an error, and the id is the database id', async (role) => {
    const answer = await run(city.viewers[role], '{ employees(first: 5) { nodes { id name pseudonym } } }');
    expect(answer.errors).toBeUndefined();
    const nodes = (answer.data as { employees: { nodes: Array<{ id: string; name: string; pseudonym: string | null }> } }).employees.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.pseudonym === null && /^\d+$/.test(n.id) && n.name)).toBe(true);
  });

  it('LEADERSHIP: candidates by name, without a pseudonym', async () => {
    const answer = await run(city.viewers.LEADERSHIP, '{ talentMatrix(year: 2025, first: 5) { recognition { employee { name pseudonym } } } }');
    expect(answer.errors).toBeUndefined();
    const recognition = (answer.data as { talentMatrix: { recognition: Array<{ employee: { name: string; pseudonym: string | null } }> } }).talentMatrix.recognition;
    expect(recognition.length).toBeGreaterThan(0);
    expect(recognition.every((c) => c.employee.name && c.employee.pseudonym === null)).toBe(true);
  });
});

describe('PSEUDONYM_KEY at start-up', () => {
  it('production on PostgreSQL without PSEUDONYM_KEY: refused, saying why', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://app:app@127.0.0.1:5432/app' });
    expect(() => startupPseudonymKey(config)).toThrow(/PSEUDONYM_KEY is not set: in production/);
    expect(() => startupPseudonymKey({ ...config, pseudonymKey: 'too-short' })).toThrow(/PSEUDONYM_KEY is too short/);
    expect(startupPseudonymKey({ ...config, pseudonymKey: 'k'.repeat(40) })).toEqual({ key: 'k'.repeat(40), source: 'environment' });
  });

  it('the embedded demo (`pnpm start`): a random key made once, kept beside the data (mode 0600), the same on restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pseudonym-key-'));
    try {
      const config = loadConfig({ NODE_ENV: 'production', EMBEDDED_DATA_DIR: join(dir, 'pglite') });
      const first = startupPseudonymKey(config);
      expect(first.source).toBe('embedded-file');
      expect(first.key).toMatch(/^[0-9a-f]{64}$/);
      expect(first.key).not.toBe(startupPseudonymKey(loadConfig({ EMBEDDED_DATA_DIR: join(dir, 'other') })).key);
      expect(statSync(embeddedKeyFile(config)).mode & 0o777).toBe(0o600);
      expect(readFileSync(embeddedKeyFile(config), 'utf8').trim()).toBe(first.key);
      expect(startupPseudonymKey(config).key).toBe(first.key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('development on PostgreSQL without a key: a random key of the process, never a fixed one', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:app@127.0.0.1:5432/app' });
    const a = startupPseudonymKey(config);
    expect(a.source).toBe('process');
    expect(a.key).not.toBe(startupPseudonymKey(config).key);
  });
});

describe('no existence oracles: an unknown id or NIP and one out of scope get the same answer', () => {
  /** The answer with the asked-for value replaced, so two answers compare on everything else. */
  const shape = (answer: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }, asked: string) => ({
    data: answer.data ?? null,
    errors: (answer.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message.split(asked).join('<asked>') })),
  });

  let outsider: { id: number; nip: string };
  const unknownNip = '199001012015011999';
  beforeAll(async () => {
    [outsider] = await city.sql<{ id: number; nip: string }>(
      `select id, nip from employee where id not in (with recursive r as (select id from employee where id = ? union select e.id from employee e join r on e.supervisor_id = r.id) select id from r)
         and id <> ? and id <> coalesce(?, 0) order by id desc limit 1`,
      [city.viewers.SUPERVISOR.employeeId, city.viewers.EMPLOYEE.employeeId, city.viewers.EMPLOYEE.supervisorId],
    );
    expect(await city.sql('select 1 from employee where nip = ?', [unknownNip])).toEqual([]);
  });

  it.each([Role.EMPLOYEE, Role.SUPERVISOR, Role.PLANNER])('%s: employee(nip:) and employee(id:)', async (role) => {
    const viewer = city.viewers[role];
    const [planned] = role === Role.PLANNER
      ? await city.sql<{ id: number; nip: string }>(
          `select id, nip from employee where work_unit_id not in (with recursive t as (select id from work_unit where id = ? union all select w.id from work_unit w join t on w.parent_id = t.id) select id from t) limit 1`,
          [viewer.workUnitId],
        )
      : [outsider];
    const byNip = (nip: string) => run(viewer, `query($nip: String) { employee(nip: $nip) { id } }`, { nip });
    const known = shape(await byNip(planned.nip), planned.nip);
    expect(known.errors[0].code).toBe('NOT_FOUND');
    expect(known).toEqual(shape(await byNip(unknownNip), unknownNip));
    const byId = (id: string) => run(viewer, `query($id: ID) { employee(id: $id) { id } }`, { id });
    expect(shape(await byId(String(planned.id)), String(planned.id))).toEqual(shape(await byId('999999'), '999999'));
  });

  it('ANALYST: a database id, a valid-looking pseudonym of nobody, and an existing id answer alike', async () => {
    const byId = (id: string) => run(analyst(), `query($id: ID) { employee(id: $id) { id } }`, { id });
    const nobody = pseudonymOf(2_000_000_000);
    const a = shape(await byId(String(outsider.id)), String(outsider.id));
    expect(a.errors[0].code).toBe('NOT_FOUND');
    expect(a).toEqual(shape(await byId('999999'), '999999'));
    expect(a).toEqual(shape(await byId(nobody), nobody));
  });

  it('SUPERVISOR: writes for someone out of scope and for nobody are refused alike', async () => {
    const viewer = city.viewers.SUPERVISOR;
    const skp = 'mutation($input: RecordPerformanceEvaluationInput!) { recordPerformanceEvaluation(input: $input) { performanceEvaluation { id } } }';
    const input = { year: 2019, period: 'ANNUAL', behaviourRating: 'MEETS_EXPECTATION', resultsRating: 'ABOVE_EXPECTATION' };
    const write = (employeeId: string) => run(viewer, skp, { input: { ...input, employeeId } });
    const out = shape(await write(String(outsider.id)), String(outsider.id));
    expect(out.errors[0].code).toBe('NOT_FOUND');
    expect(out).toEqual(shape(await write('999999'), '999999'));

    const [record] = await city.sql<{ id: number }>('select id from training_record where employee_id = ? limit 1', [outsider.id]);
    const complete = (trainingRecordId: string) =>
      run(viewer, 'mutation($input: CompleteTrainingInput!) { completeTraining(input: $input) { trainingRecord { id } } }', { input: { trainingRecordId, endDate: '2026-01-01' } });
    const theirs = shape(await complete(String(record.id)), String(record.id));
    expect(theirs.errors[0].code).toBe('NOT_FOUND');
    expect(theirs).toEqual(shape(await complete('99999999'), '99999999'));
  });

  it('scoped lists filtered by an employee out of scope or unknown: both empty', async () => {
    for (const list of ['competencyAssessments', 'trainingRecords']) {
      const count = async (id: string) => (await run(city.viewers.SUPERVISOR, `{ ${list}(employeeId: "${id}") { totalCount } }`)).data;
      expect(await count(String(outsider.id))).toEqual({ [list]: { totalCount: 0 } });
      expect(await count('999999')).toEqual({ [list]: { totalCount: 0 } });
    }
  });
});
