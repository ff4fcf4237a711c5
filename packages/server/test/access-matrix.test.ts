import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNED_TYPES } from '../src/modules/access/guard.js';
import type { Viewer } from '../src/modules/access/access.js';
import { pseudonymOf } from '../src/modules/access/pseudonym.js';
import { Role } from '../src/modules/auth/account.entity.js';
import { signInAs } from './support/app.js';
import { startDemoCity, type DemoCity } from './support/demo-city.js';

/**
 * Every role × every query and mutation of the schema, on the demo city with its demo accounts:
 * who may call what is written out here, from the roles table of docs/security.md, independently of
 * the code's policy table. Calls are made with inputs inside the caller's scope (so a refusal can
 * only be the role's), and mutations with inputs that fail validation (so nothing changes).
 */
let city: DemoCity;
let ids: { self: number; unit: number; otherUnit: number; course: number; competency: number; competencyCode: string; position: number; record: number };

const { ADMIN, LEADERSHIP, PLANNER, SUPERVISOR, EMPLOYEE, ANALYST } = Role;
const EVERYONE = [ADMIN, LEADERSHIP, PLANNER, SUPERVISOR, EMPLOYEE, ANALYST];
const INDIVIDUALS = [ADMIN, PLANNER, SUPERVISOR, EMPLOYEE, ANALYST];
const AGGREGATES = [ADMIN, LEADERSHIP, PLANNER, SUPERVISOR, ANALYST];

type Roles = Role[] | 'PUBLIC';
interface Case {
  roles: Roles;
  query: () => string;
  variables?: () => Record<string, unknown>;
}

const q = (roles: Roles, query: () => string, variables?: () => Record<string, unknown>): Case => ({ roles, query, variables });
const m = (roles: Roles, field: string, inputType: string, input: () => Record<string, unknown>): Case => ({
  roles,
  query: () => `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`,
  variables: () => ({ input: input() }),
});

const QUERIES: Record<string, Case> = {
  me: q('PUBLIC', () => '{ me { username } }'),
  apiTokens: q([ADMIN, ANALYST], () => '{ apiTokens { id } }'),
  accounts: q([ADMIN], () => '{ accounts { username } }'),
  auditEvents: q([ADMIN], () => '{ auditEvents(first: 1) { totalCount } }'),
  importJobs: q([ADMIN], () => '{ importJobs(first: 1) { totalCount } }'),
  importJob: q([ADMIN], () => '{ importJob(id: 999999) { id } }'),
  workUnits: q(EVERYONE, () => '{ workUnits(first: 1) { nodes { name } } }'),
  workUnit: q(EVERYONE, () => `{ workUnit(id: ${ids.unit}) { name } }`),
  positions: q(EVERYONE, () => '{ positions(first: 1) { nodes { name } } }'),
  position: q(EVERYONE, () => `{ position(id: ${ids.position}) { name } }`),
  competencies: q(EVERYONE, () => '{ competencies(first: 1) { nodes { code } } }'),
  competency: q(EVERYONE, () => `{ competency(id: ${ids.competency}) { code } }`),
  competencyGroups: q(EVERYONE, () => '{ competencyGroups { code } }'),
  courses: q(EVERYONE, () => '{ courses(first: 1) { nodes { title } } }'),
  course: q(EVERYONE, () => `{ course(id: ${ids.course}) { title } }`),
  trainingProviders: q(EVERYONE, () => '{ trainingProviders(first: 1) { nodes { name } } }'),
  employees: q(INDIVIDUALS, () => '{ employees(first: 5) { nodes { id } } }'),
  employee: q(INDIVIDUALS, () => `{ employee(id: ${ids.self}) { id pseudonym } }`),
  competencyAssessments: q(INDIVIDUALS, () => '{ competencyAssessments(first: 5) { nodes { level } } }'),
  potentialAssessments: q(INDIVIDUALS, () => '{ potentialAssessments(first: 5) { nodes { band } } }'),
  trainingRecords: q(INDIVIDUALS, () => '{ trainingRecords(first: 5) { nodes { status } } }'),
  performanceEvaluations: q(INDIVIDUALS, () => '{ performanceEvaluations(first: 5) { nodes { predikat } } }'),
  competencyGapHeatmap: q(AGGREGATES, () => '{ competencyGapHeatmap(input: { competencyKind: DIGITAL }) { values } }'),
  digitalReadiness: q(AGGREGATES, () => '{ digitalReadiness { summary { index } } }'),
  developmentHoursCompliance: q(AGGREGATES, () => '{ developmentHoursCompliance(year: 2026) { summary { employees } } }'),
  performanceDistribution: q(AGGREGATES, () => '{ performanceDistribution(year: 2025) { summary { evaluations } } }'),
  talentMatrix: q(AGGREGATES, () => '{ talentMatrix(year: 2025) { boxes } }'),
  professionalismCompetency: q(AGGREGATES, () => '{ professionalismCompetency { summary { employees } } }'),
  trainingNeeds: q(AGGREGATES, () => '{ trainingNeeds(competencyKind: DIGITAL, first: 1) { rows { unit { label } } } }'),
  compareWorkUnits: q([ADMIN, LEADERSHIP, PLANNER, ANALYST], () => `{ compareWorkUnits(input: { workUnitIds: ["${ids.unit}", "${ids.otherUnit}"], competencyKind: DIGITAL }) { unit { label } } }`),
  planTraining: q([ADMIN, PLANNER, SUPERVISOR], () => `{ planTraining(input: { workUnitId: "${ids.unit}", jpBudgetPerEmployee: 20, competencyKind: DIGITAL }) { assignments { gapClosed } } }`),
};

const MUTATIONS: Record<string, Case> = {
  login: m('PUBLIC', 'login', 'LoginInput', () => ({ username: 'analis', password: 'demo-analis-2026' })),
  createApiToken: m([ADMIN, ANALYST], 'createApiToken', 'CreateApiTokenInput', () => ({ name: 'x', days: 0 })),
  revokeApiToken: m([ADMIN, ANALYST], 'revokeApiToken', 'RevokeApiTokenInput', () => ({ id: '999999' })),
  createAccount: m([ADMIN], 'createAccount', 'CreateAccountInput', () => ({ username: 'x', displayName: 'x', password: 'short', role: 'ANALYST' })),
  updateAccount: m([ADMIN], 'updateAccount', 'UpdateAccountInput', () => ({ id: '999999' })),
  createEmployee: m([ADMIN], 'createEmployee', 'CreateEmployeeInput', () => ({ nip: '1', name: 'x', status: 'PNS', educationLevel: 'S1', positionId: String(ids.position) })),
  updateEmployee: m([ADMIN], 'updateEmployee', 'UpdateEmployeeInput', () => ({ id: '999999' })),
  moveEmployee: m([ADMIN], 'moveEmployee', 'MoveEmployeeInput', () => ({ employeeId: '999999', positionId: '999999' })),
  createWorkUnit: m([ADMIN], 'createWorkUnit', 'CreateWorkUnitInput', () => ({ code: '', name: 'x', kind: 'BIDANG' })),
  updateWorkUnit: m([ADMIN], 'updateWorkUnit', 'UpdateWorkUnitInput', () => ({ id: '999999' })),
  createPosition: m([ADMIN], 'createPosition', 'CreatePositionInput', () => ({ name: 'x', kind: 'PELAKSANA', workUnitId: '999999' })),
  updatePosition: m([ADMIN], 'updatePosition', 'UpdatePositionInput', () => ({ id: '999999' })),
  setPositionStandard: m([ADMIN], 'setPositionStandard', 'SetPositionStandardInput', () => ({ positionId: '999999', requirements: [] })),
  createCompetency: m([ADMIN], 'createCompetency', 'CreateCompetencyInput', () => ({ code: '', name: 'x', kind: 'TEKNIS', definition: 'x' })),
  updateCompetency: m([ADMIN], 'updateCompetency', 'UpdateCompetencyInput', () => ({ id: '999999' })),
  createTrainingProvider: m([ADMIN], 'createTrainingProvider', 'CreateTrainingProviderInput', () => ({ code: '', name: 'x', kind: 'LAN' })),
  updateTrainingProvider: m([ADMIN], 'updateTrainingProvider', 'UpdateTrainingProviderInput', () => ({ id: '999999' })),
  createCourse: m([ADMIN], 'createCourse', 'CreateCourseInput', () => ({ code: '', title: 'x', providerId: '999999', mode: 'E_LEARNING', kind: 'TEKNIS', jp: 0, competencies: [] })),
  updateCourse: m([ADMIN], 'updateCourse', 'UpdateCourseInput', () => ({ id: '999999' })),
  recordPotentialAssessment: m([ADMIN], 'recordPotentialAssessment', 'RecordPotentialAssessmentInput', () => ({ employeeId: String(ids.self), assessedOn: '2026-01-01', score: 900 })),
  recordCompetencyAssessment: m([ADMIN, SUPERVISOR], 'recordCompetencyAssessment', 'RecordCompetencyAssessmentInput', () => ({ employeeId: String(ids.self), competencyId: String(ids.competency), level: 9, method: 'SUPERVISOR', assessedOn: '2026-01-01' })),
  recordPerformanceEvaluation: m([ADMIN, SUPERVISOR], 'recordPerformanceEvaluation', 'RecordPerformanceEvaluationInput', () => ({ employeeId: String(ids.self), year: 1990, period: 'ANNUAL', behaviourRating: 'MEETS_EXPECTATION', resultsRating: 'MEETS_EXPECTATION' })),
  scheduleTraining: m([ADMIN, PLANNER, SUPERVISOR], 'scheduleTraining', 'ScheduleTrainingInput', () => ({ employeeId: String(ids.self), courseId: '999999', startDate: '2027-01-10' })),
  startTraining: m([ADMIN, PLANNER, SUPERVISOR], 'startTraining', 'StartTrainingInput', () => ({ trainingRecordId: String(ids.record), startDate: 'not-a-date' })),
  completeTraining: m([ADMIN, PLANNER, SUPERVISOR], 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(ids.record), endDate: 'not-a-date' })),
  failTraining: m([ADMIN, PLANNER, SUPERVISOR], 'failTraining', 'FailTrainingInput', () => ({ trainingRecordId: String(ids.record), endDate: 'not-a-date' })),
};
/** `logout` takes no input; it is checked on its own below. */
const NO_INPUT = new Set(['logout']);

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

async function outcomeOf(viewer: Viewer | null, field: string, c: Case): Promise<Outcome> {
  const { errors } = await city.run(viewer, c.query(), c.variables?.());
  const error = errors?.find((e) => !e.path || (e.path.length === 1 && e.path[0] === field));
  const code = error?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code;
  // Allowed: the call reached its resolver (an invalid query or variables would prove nothing).
  const unexpected = errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || !e.path) ?? [];
  expect(unexpected, `${field} as ${viewer?.role}`).toEqual([]);
  return 'ALLOWED';
}

function expected(roles: Roles, role: Role | null): Outcome {
  if (roles === 'PUBLIC') return 'ALLOWED';
  if (role === null) return 'UNAUTHENTICATED';
  return roles.includes(role) ? 'ALLOWED' : 'FORBIDDEN';
}

beforeAll(async () => {
  city = await startDemoCity();
  const self = city.viewers.EMPLOYEE.employeeId!;
  const [other] = await city.sql<{ id: number }>(`select id from work_unit where parent_id is null and id <> ? order by id limit 1`, [city.viewers.PLANNER.workUnitId]);
  const [course] = await city.sql<{ id: number }>('select id from course order by id limit 1');
  const [competency] = await city.sql<{ id: number; code: string }>(`select id, code from competency where kind = 'DIGITAL' order by id limit 1`);
  const [position] = await city.sql<{ id: number }>('select id from position order by id limit 1');
  let [record] = await city.sql<{ id: number }>('select id from training_record where employee_id = ? order by id limit 1', [self]);
  if (!record) {
    [record] = await city.sql<{ id: number }>(`insert into training_record (employee_id, course_id, status, start_date) values (?, ?, 'PLANNED', '2027-02-01') returning id`, [self, course.id]);
  }
  ids = { self, unit: city.viewers.PLANNER.workUnitId!, otherUnit: other.id, course: course.id, competency: competency.id, competencyCode: competency.code, position: position.id, record: record.id };
}, 120_000);
afterAll(async () => {
  await city?.close();
});

describe('the access matrix', () => {
  it('lists every query and mutation of the schema', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(Object.keys(city.app.schema.getQueryType()!.getFields()).sort());
    expect([...Object.keys(MUTATIONS), ...NO_INPUT].sort()).toEqual(Object.keys(city.app.schema.getMutationType()!.getFields()).sort());
  });

  it('treats every type that holds an employee\'s record (a field `employee: Employee`) as that employee\'s', () => {
    const owned = Object.values(city.app.schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .filter((type) => {
        const field = type.getFields().employee;
        return field !== undefined && getNamedType(field.type).name === 'Employee';
      })
      .map((type) => type.name)
      // Not records: the root, mutation payloads (their employee is checked as an Employee), and the account.
      .filter((name) => name !== 'Query' && name !== 'Account' && !name.endsWith('Payload'));
    expect(owned.sort()).toEqual([...OWNED_TYPES].sort());
  });

  const cases = [...Object.entries(QUERIES), ...Object.entries(MUTATIONS)];
  it.each(cases.map(([field]) => [field]))('%s: each role, and nobody signed in', async (field) => {
    const c = QUERIES[field] ?? MUTATIONS[field];
    const actual: Record<string, Outcome> = {};
    const wanted: Record<string, Outcome> = {};
    for (const role of [...EVERYONE, null]) {
      const viewer = role ? city.viewers[role] : null;
      actual[role ?? 'ANONYMOUS'] = await outcomeOf(viewer, field, c);
      wanted[role ?? 'ANONYMOUS'] = expected(c.roles, role);
    }
    expect(actual).toEqual(wanted);
  });

  it('logout: any signed-in role; nobody signed in gets UNAUTHENTICATED', async () => {
    expect((await city.run(null, 'mutation { logout { ok } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Signing out ends that session; sign in afresh so the other tests keep theirs.
    const { authService } = await import('../src/modules/auth/auth.service.js');
    const em = city.t.db.orm.em.fork() as never;
    const { secret } = await authService.login(em, 'analis', 'demo-analis-2026', 'test-logout');
    const viewer = await authService.viewerOf(em, secret);
    expect((await city.run(viewer, 'mutation { logout { ok } }')).data).toEqual({ logout: { ok: true } });
  });
});

describe('scopes inside what a role may call', () => {
  const names = async (viewer: Viewer, query: string, variables?: Record<string, unknown>) => city.run(viewer, query, variables);

  it('PLANNER: lists exactly their unit\'s subtree, and is refused anyone outside it', async () => {
    const [{ n }] = await city.sql<{ n: number }>(
      `with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id)
       select count(*)::int as n from employee where work_unit_id in (select id from tree)`,
      [ids.unit],
    );
    const listed = await names(city.viewers.PLANNER, '{ employees { totalCount } }');
    expect(listed.data).toEqual({ employees: { totalCount: n } });
    const [outside] = await city.sql<{ id: number }>(`select e.id from employee e where e.work_unit_id not in (
      with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id) select id from tree) limit 1`, [ids.unit]);
    const refused = await names(city.viewers.PLANNER, `{ employee(id: ${outside.id}) { name } }`);
    expect(refused.data).toBeNull();
    // As for an id that does not exist (no existence oracle: pseudonyms.test.ts).
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('SUPERVISOR: lists their reports (direct and indirect) and themselves; other units\' figures are refused', async () => {
    const reports = await city.sql<{ id: number }>(
      `with recursive r as (select id from employee where id = ? union select e.id from employee e join r on e.supervisor_id = r.id) select id from r order by id`,
      [city.viewers.SUPERVISOR.employeeId],
    );
    expect(reports.length).toBeGreaterThan(1);
    const listed = await names(city.viewers.SUPERVISOR, '{ employees(first: 100) { totalCount nodes { id } } }');
    expect((listed.data as { employees: { totalCount: number } }).employees.totalCount).toBe(reports.length);
    const heatmap = await names(city.viewers.SUPERVISOR, `{ competencyGapHeatmap(input: { workUnitId: "${ids.otherUnit}" }) { values } }`);
    expect(heatmap.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await names(city.viewers.SUPERVISOR, '{ competencyGapHeatmap(input: {}) { rows { id } } }');
    expect(own.errors).toBeUndefined();
  });

  it('SUPERVISOR: may record an SKP for a report, not for anyone else (and the refusal is audited)', async () => {
    const [outsider] = await city.sql<{ id: number }>(
      `select id from employee where id not in (with recursive r as (select id from employee where id = ? union select e.id from employee e join r on e.supervisor_id = r.id) select id from r) limit 1`,
      [city.viewers.SUPERVISOR.employeeId],
    );
    const input = { year: 2019, period: 'ANNUAL', behaviourRating: 'MEETS_EXPECTATION', resultsRating: 'ABOVE_EXPECTATION' };
    const mutation = `mutation($input: RecordPerformanceEvaluationInput!) { recordPerformanceEvaluation(input: $input) { performanceEvaluation { predikat } } }`;
    const mine = await names(city.viewers.SUPERVISOR, mutation, { input: { ...input, employeeId: String(ids.self) } });
    expect(mine.errors).toBeUndefined();
    const theirs = await names(city.viewers.SUPERVISOR, mutation, { input: { ...input, employeeId: String(outsider.id) } });
    expect(theirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await city.sql('select id from performance_evaluation where employee_id = ? and year = 2019', [outsider.id])).toEqual([]);
    const [audit] = await city.sql<{ outcome: string; role: string }>(`select outcome, role from audit_event where operation = 'recordPerformanceEvaluation' order by id desc limit 1`);
    expect(audit).toEqual({ outcome: 'DENIED', role: 'SUPERVISOR' });
  });

  it('EMPLOYEE: sees only themselves, and their supervisor by name and jabatan only', async () => {
    expect((await names(city.viewers.EMPLOYEE, '{ employees { totalCount nodes { id } } }')).data).toEqual({ employees: { totalCount: 1, nodes: [{ id: String(ids.self) }] } });
    const named = await names(city.viewers.EMPLOYEE, `{ employee(id: ${ids.self}) { name supervisor { name position { name } } } }`);
    expect(named.errors).toBeUndefined();
    const nip = await names(city.viewers.EMPLOYEE, `{ employee(id: ${ids.self}) { supervisor { nip } } }`);
    expect(nip.errors?.[0]).toMatchObject({ path: ['employee', 'supervisor', 'nip'], extensions: { code: 'FORBIDDEN' } });
    const other = await names(city.viewers.EMPLOYEE, `{ employee(id: ${city.viewers.SUPERVISOR.employeeId}) { competencyGaps { gap } } }`);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ANALYST: individuals pseudonymised: pseudonym yes; name, NIP and birth date null with FORBIDDEN; no search by name', async () => {
    // Analysts name employees by pseudonym (pseudonyms.test.ts for the rest of what they see).
    const seen = await names(city.viewers.ANALYST, `{ employee(id: "${pseudonymOf(ids.self)}") { pseudonym competencyGaps { gap } name nip birthDate } }`);
    const employee = (seen.data as { employee: Record<string, unknown> }).employee;
    expect(employee.pseudonym).toMatch(/^P-[0-9A-F]{10}$/);
    expect([employee.name, employee.nip, employee.birthDate]).toEqual([null, null, null]);
    expect(seen.errors?.map((e) => e.path?.at(-1)).sort()).toEqual(['birthDate', 'name', 'nip']);
    expect(seen.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const search = await names(city.viewers.ANALYST, '{ employees(search: "a") { totalCount } }');
    expect(search.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('LEADERSHIP: candidates by name and jabatan; nothing more of them', async () => {
    const lists = await names(city.viewers.LEADERSHIP, '{ talentMatrix(year: 2025, first: 5) { recognition { employee { name position { name } } } coaching { employee { name } } } }');
    expect(lists.errors).toBeUndefined();
    const recognition = (lists.data as { talentMatrix: { recognition: Array<{ employee: { name: string } }> } }).talentMatrix.recognition;
    expect(recognition.length).toBeGreaterThan(0);
    expect(recognition[0].employee.name).toMatch(/\w/);
    const more = await names(city.viewers.LEADERSHIP, '{ talentMatrix(year: 2025, first: 5) { recognition { largestGaps { gap } employee { nip competencyGaps { gap } } } } }');
    expect(more.errors?.length).toBeGreaterThan(0);
    expect(more.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('signing in answers with the account as its owner sees it (the person behind it included)', async () => {
    const { data, errors } = await city.run(null, 'mutation { login(input: { username: "atasan", password: "demo-atasan-2026" }) { account { role employee { id name } } } }');
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ login: { account: { role: 'SUPERVISOR', employee: { id: String(city.viewers.SUPERVISOR.employeeId) } } } });
  });

  it('PLANNER: plans training for their own subtree only', async () => {
    const plan = (unit: number) => `{ planTraining(input: { workUnitId: "${unit}", jpBudgetPerEmployee: 20, competencyKind: DIGITAL }) { employees } }`;
    expect((await names(city.viewers.PLANNER, plan(ids.unit))).errors).toBeUndefined();
    const other = await names(city.viewers.PLANNER, plan(ids.otherUnit));
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/own unit/) });
  });

  it('the heatmap after a training plan withholds every cell the heatmap before withholds, with the same count', async () => {
    const { data } = await names(city.viewers.PLANNER, `{ planTraining(input: { workUnitId: "${ids.unit}", jpBudgetPerEmployee: 40, competencyKind: DIGITAL }) {
      before { values counts reasons } after { values counts reasons } } }`);
    const { before, after } = (data as { planTraining: Record<'before' | 'after', { values: Array<number | null>; counts: number[]; reasons: Array<string | null> }> }).planTraining;
    const withheld = before.reasons.map((r, i) => (r === 'SUPPRESSED' ? i : -1)).filter((i) => i >= 0);
    expect(withheld.length).toBeGreaterThan(0);
    for (const i of withheld) expect([after.values[i], after.counts[i], after.reasons[i]]).toEqual([null, before.counts[i], 'SUPPRESSED']);
  });

  it('small groups stay withheld for every role but ADMIN, whatever minGroupSize they ask for', async () => {
    const query = '{ competencyGapHeatmap(input: { minGroupSize: 1, competencyKind: DIGITAL }) { minGroupSize } }';
    expect((await names(city.viewers.PLANNER, query)).data).toEqual({ competencyGapHeatmap: { minGroupSize: 5 } });
    expect((await names(city.viewers.ANALYST, query)).data).toEqual({ competencyGapHeatmap: { minGroupSize: 5 } });
    expect((await names(city.viewers.ADMIN, query)).data).toEqual({ competencyGapHeatmap: { minGroupSize: 1 } });
  });
});

describe('separation of duties inside what a role may call', () => {
  /**
   * Self-judging and spoofed judges, per role (docs/security.md, Separation of duties). Inputs are
   * otherwise invalid (a level of 9, the year 1990, a date that is no date), so nothing is written:
   * FORBIDDEN is the rule refusing the writer; BAD_USER_INPUT on that other field means the writer
   * got past it.
   */
  type Who = 'SUPERVISOR' | 'PLANNER_WITH_PERSON' | 'ADMIN' | 'ADMIN_WITH_PERSON';
  const viewers = {} as Record<Who, Viewer>;
  const own = {} as Record<Who, { employee: number; record: number }>;
  /** A planned training of the EMPLOYEE: a report of the SUPERVISOR, in the PLANNER's unit. */
  let reportRecord: number;
  const SKP = 'RecordPerformanceEvaluationInput';
  const ASSESS = 'RecordCompetencyAssessmentInput';
  const skp = (employee: number, evaluator?: number) => ({ employeeId: String(employee), year: 1990, period: 'ANNUAL', resultsRating: 'ABOVE_EXPECTATION', behaviourRating: 'ABOVE_EXPECTATION', ...(evaluator ? { evaluatorId: String(evaluator) } : {}) });
  const assess = (employee: number, method: string, assessor?: number) => ({ employeeId: String(employee), competencyId: String(ids.competency), level: 9, method, assessedOn: '2026-01-01', ...(assessor ? { assessorId: String(assessor) } : {}) });
  const bad = { endDate: 'not-a-date' };

  beforeAll(async () => {
    const planner = city.viewers.PLANNER;
    const [colleague] = await city.sql<{ id: number }>(
      `select id from employee where work_unit_id in (with recursive tree as (select id from work_unit where id = ? union all select w.id from work_unit w join tree t on w.parent_id = t.id) select id from tree) and id not in (?, ?) order by id limit 1`,
      [planner.workUnitId, ids.self, city.viewers.SUPERVISOR.employeeId],
    );
    const [stranger] = await city.sql<{ id: number }>('select id from employee where id not in (?, ?, ?) order by id desc limit 1', [colleague.id, ids.self, city.viewers.SUPERVISOR.employeeId]);
    viewers.SUPERVISOR = city.viewers.SUPERVISOR;
    viewers.ADMIN = city.viewers.ADMIN;
    viewers.PLANNER_WITH_PERSON = (await signInAs(city.t.db, Role.PLANNER, { username: 'perencana.pegawai', employeeId: colleague.id, workUnitId: planner.workUnitId })).viewer;
    viewers.ADMIN_WITH_PERSON = (await signInAs(city.t.db, Role.ADMIN, { username: 'admin.pegawai', employeeId: stranger.id })).viewer;
    for (const who of ['SUPERVISOR', 'PLANNER_WITH_PERSON', 'ADMIN_WITH_PERSON'] as const) {
      const employee = viewers[who].employeeId!;
      const [record] = await city.sql<{ id: number }>(`insert into training_record (employee_id, course_id, status, start_date) values (?, ?, 'PLANNED', '2026-01-05') returning id`, [employee, ids.course]);
      own[who] = { employee, record: record.id };
    }
    const [planned] = await city.sql<{ id: number }>(`insert into training_record (employee_id, course_id, status, start_date) values (?, ?, 'PLANNED', '2026-01-05') returning id`, [ids.self, ids.course]);
    reportRecord = planned.id;
  });

  const cases: Array<[string, Who, string, string, () => Record<string, unknown>, 'FORBIDDEN' | 'BAD_USER_INPUT', string]> = [
    ['their own SKP', 'SUPERVISOR', 'recordPerformanceEvaluation', SKP, () => skp(own.SUPERVISOR.employee), 'FORBIDDEN', 'employeeId'],
    ['a report\'s SKP naming another evaluator', 'SUPERVISOR', 'recordPerformanceEvaluation', SKP, () => skp(ids.self, own.ADMIN_WITH_PERSON.employee), 'FORBIDDEN', 'evaluatorId'],
    ['a report\'s SKP as its evaluator', 'SUPERVISOR', 'recordPerformanceEvaluation', SKP, () => skp(ids.self), 'BAD_USER_INPUT', 'year'],
    ['a SUPERVISOR rating of themselves', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(own.SUPERVISOR.employee, 'SUPERVISOR'), 'FORBIDDEN', 'employeeId'],
    ['an ASSESSMENT_CENTER level of themselves', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(own.SUPERVISOR.employee, 'ASSESSMENT_CENTER', own.ADMIN_WITH_PERSON.employee), 'FORBIDDEN', 'employeeId'],
    ['an ASSESSMENT_CENTER level of a report', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(ids.self, 'ASSESSMENT_CENTER'), 'FORBIDDEN', 'method'],
    ['a report\'s rating naming another assessor', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(ids.self, 'SUPERVISOR', own.ADMIN_WITH_PERSON.employee), 'FORBIDDEN', 'assessorId'],
    ['a report\'s rating as its assessor', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(ids.self, 'SUPERVISOR'), 'BAD_USER_INPUT', 'level'],
    ['a SELF assessment of themselves', 'SUPERVISOR', 'recordCompetencyAssessment', ASSESS, () => assess(own.SUPERVISOR.employee, 'SELF'), 'BAD_USER_INPUT', 'level'],
    ['starting their own training', 'SUPERVISOR', 'startTraining', 'StartTrainingInput', () => ({ trainingRecordId: String(own.SUPERVISOR.record), startDate: 'not-a-date' }), 'FORBIDDEN', 'trainingRecordId'],
    ['completing their own training', 'SUPERVISOR', 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(own.SUPERVISOR.record), ...bad }), 'FORBIDDEN', 'trainingRecordId'],
    ['failing their own training', 'SUPERVISOR', 'failTraining', 'FailTrainingInput', () => ({ trainingRecordId: String(own.SUPERVISOR.record), ...bad }), 'FORBIDDEN', 'trainingRecordId'],
    ['completing a report\'s training', 'SUPERVISOR', 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(reportRecord), ...bad }), 'BAD_USER_INPUT', 'endDate'],
    ['completing their own training', 'PLANNER_WITH_PERSON', 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(own.PLANNER_WITH_PERSON.record), ...bad }), 'FORBIDDEN', 'trainingRecordId'],
    ['completing a colleague\'s training', 'PLANNER_WITH_PERSON', 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(reportRecord), ...bad }), 'BAD_USER_INPUT', 'endDate'],
    ['their own SKP', 'ADMIN_WITH_PERSON', 'recordPerformanceEvaluation', SKP, () => skp(own.ADMIN_WITH_PERSON.employee, own.SUPERVISOR.employee), 'FORBIDDEN', 'employeeId'],
    ['an UJI_KOMPETENSI level of themselves', 'ADMIN_WITH_PERSON', 'recordCompetencyAssessment', ASSESS, () => assess(own.ADMIN_WITH_PERSON.employee, 'UJI_KOMPETENSI'), 'FORBIDDEN', 'employeeId'],
    ['completing their own training', 'ADMIN_WITH_PERSON', 'completeTraining', 'CompleteTrainingInput', () => ({ trainingRecordId: String(own.ADMIN_WITH_PERSON.record), ...bad }), 'FORBIDDEN', 'trainingRecordId'],
    ['an SKP entered for its evaluator', 'ADMIN', 'recordPerformanceEvaluation', SKP, () => skp(ids.self, own.SUPERVISOR.employee), 'BAD_USER_INPUT', 'year'],
    ['a rating entered for its assessor', 'ADMIN', 'recordCompetencyAssessment', ASSESS, () => assess(ids.self, 'SUPERVISOR', own.SUPERVISOR.employee), 'BAD_USER_INPUT', 'level'],
    ['an SKP naming the employee as evaluator', 'ADMIN', 'recordPerformanceEvaluation', SKP, () => skp(ids.self, ids.self), 'BAD_USER_INPUT', 'evaluatorId'],
  ];

  it.each(cases)('%s (%s, %s)', async (_what, who, field, inputType, input, code, at) => {
    const { data, errors } = await city.run(viewers[who], `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`, { input: input() });
    expect(data).toBeNull();
    expect(errors?.map((e) => e.extensions)).toEqual([{ code, field: at }]);
  });
});
