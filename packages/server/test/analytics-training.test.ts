import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.js';
import type { TestDatabase } from './support/database.js';
import { startSmallCity, stopSmallCity, type SmallCity } from './support/small-city.js';

/**
 * The small city (support/small-city.ts) with courses that develop its competencies:
 * K24 → C1 at 3, K16 → C2 at 2, K8 → C1 at 2 and C2 at 2. Taken (not failed): e1 K24, K8, K10;
 * e2 K16; e4 K40 (e3's K24 failed, so it may be taken again).
 * Gaps: e1 C1 3−2=1; e2 C2 2−none; e3 C2 2−1=1; e5 C1 2−none.
 */
let t: TestDatabase;
let api: TestApp;
let ids: SmallCity;
const courseId = async (code: string) => Number((await t.db.orm.em.getConnection().execute('select id from course where code = ?', [code]))[0].id);

beforeAll(async () => {
  ({ t, api, ids } = await startSmallCity());
  const links: [string, number, number][] = [['K24', ids.C1, 3], ['K16', ids.C2, 2], ['K8', ids.C1, 2], ['K8', ids.C2, 2]];
  for (const [code, competency, target] of links) {
    await t.db.orm.em.getConnection().execute(`insert into course_competency (course_id, competency_id, target_level, rule) values (?, ?, ?, 'RAISE_TO_TARGET')`, [await courseId(code), competency, target]);
  }
});
afterAll(() => stopSmallCity({ t, api }));

const ask = (query: string, variables?: Record<string, unknown>) => api.ok(query, variables);

describe('recommendedCourses', () => {
  it('ranks courses by gap closed per JP, counts a never-assessed competency from 0, and skips courses taken', async () => {
    const query = `query($id: ID) { employee(id: $id) { recommendedCourses { course { code } gapClosed gapClosedPerJp closes { code fromLevel toLevel gapClosed } } } }`;
    const of = async (name: string) => (await ask(query, { id: String(ids[name]) })).employee.recommendedCourses;
    expect(await of('e1')).toEqual([]);
    expect(await of('e2')).toEqual([{ course: { code: 'K8' }, gapClosed: 2, gapClosedPerJp: 0.25, closes: [{ code: 'T.X.02', fromLevel: null, toLevel: 2, gapClosed: 2 }] }]);
    expect((await of('e3')).map((r: { course: { code: string }; gapClosedPerJp: number }) => [r.course.code, r.gapClosedPerJp])).toEqual([['K8', 0.125], ['K16', 0.0625]]);
    expect((await of('e5')).map((r: { course: { code: string }; gapClosedPerJp: number }) => [r.course.code, r.gapClosedPerJp])).toEqual([['K8', 0.25], ['K24', 0.0833]]);
  });
});

describe('trainingNeeds', () => {
  it('ranks competencies by total weighted gap per unit, with the courses that close them', async () => {
    const { trainingNeeds: n } = await ask(`{ trainingNeeds(scope: { minGroupSize: 1 }, competencyKind: TEKNIS) {
      rows { unit { id } needs { code totalWeightedGap employeesBelow employeesAssessed courses { code } } }
      summary { needs { code totalWeightedGap employeesBelow employeesAssessed courses { code } } } } }`);
    expect(n.summary.needs).toEqual([
      { code: 'T.X.01', totalWeightedGap: 1, employeesBelow: 1, employeesAssessed: 4, courses: [{ code: 'K24' }, { code: 'K8' }] },
      { code: 'T.X.02', totalWeightedGap: 1, employeesBelow: 1, employeesAssessed: 2, courses: [{ code: 'K8' }, { code: 'K16' }] },
    ]);
    expect(n.rows).toEqual([
      { unit: { id: String(ids.A) }, needs: n.summary.needs.map((x: object) => ({ ...x, employeesAssessed: (x as { code: string }).code === 'T.X.01' ? 3 : 2 })) },
      { unit: { id: String(ids.B) }, needs: [] },
    ]);
  });
});

describe('cached answers', () => {
  it('follow a change to the catalogue at once', async () => {
    const query = `{ trainingNeeds(scope: { minGroupSize: 1 }, competencyKind: TEKNIS) { summary { needs { courses { code title } } } } }`;
    const before = await ask(query);
    expect(before.trainingNeeds.summary.needs[0].courses[0]).toEqual({ code: 'K24', title: 'K24' });
    await ask(`mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { course { id } } }`, { input: { id: String(await courseId('K24')), title: 'Pelatihan K24 (baru)' } });
    const after = await ask(query);
    expect(after.trainingNeeds.summary.needs[0].courses[0]).toEqual({ code: 'K24', title: 'Pelatihan K24 (baru)' });
  });
});

describe('planTraining', () => {
  it('assigns courses within the JP budget and predicts the heatmap after the plan', async () => {
    const { planTraining: p } = await ask(`query($input: PlanTrainingInput!) { planTraining(input: $input) {
      employees totalJp gapClosed gapBefore
      assignments { employee { id } course { code } gapClosed closes { code toLevel } }
      before { rows { id } columns { id } values counts }
      after { values counts } } }`, { input: { workUnitId: String(ids.A), jpBudgetPerEmployee: 16, competencyKind: 'TEKNIS', minGroupSize: 1 } });
    expect(p.employees).toBe(3);
    expect(p.gapBefore).toBe(4);
    expect(p.assignments).toEqual([
      { employee: { id: String(ids.e2) }, course: { code: 'K8' }, gapClosed: 2, closes: [{ code: 'T.X.02', toLevel: 2 }] },
      { employee: { id: String(ids.e3) }, course: { code: 'K8' }, gapClosed: 1, closes: [{ code: 'T.X.02', toLevel: 2 }] },
    ]);
    expect(p.totalJp).toBe(16);
    expect(p.gapClosed).toBe(3);
    // Rows: A1 (e2, e3), then A itself (e1). Column: C2, the one the plan works on.
    expect(p.before).toEqual({ rows: [{ id: String(ids.A1) }, { id: String(ids.A) }], columns: [{ id: 'T.X.02' }], values: [1, -1], counts: [1, 1] });
    expect(p.after).toEqual({ values: [0, -1], counts: [2, 1] });
  });

  it('respects seats and budgets', async () => {
    const { planTraining: p } = await ask(`query($input: PlanTrainingInput!) { planTraining(input: $input) { assignments { employee { id } course { code } } } }`, {
      input: { workUnitId: String(ids.A), jpBudgetPerEmployee: 16, seatsPerCourse: 1, competencyKind: 'TEKNIS' },
    });
    // One seat of K8 goes to e2 (2 closed per 8 JP); e3 then takes K16.
    expect(p.assignments).toEqual([
      { employee: { id: String(ids.e2) }, course: { code: 'K8' } },
      { employee: { id: String(ids.e3) }, course: { code: 'K16' } },
    ]);
    const tight = await ask(`query($input: PlanTrainingInput!) { planTraining(input: $input) { assignments { course { code } } } }`, {
      input: { workUnitId: String(ids.A), jpBudgetPerEmployee: 7 },
    });
    expect(tight.planTraining.assignments).toEqual([]);
  });

  it.each([
    [{ workUnitId: '999999', jpBudgetPerEmployee: 10 }, 'workUnitId'],
    [{ workUnitId: '__A__', jpBudgetPerEmployee: 0 }, 'jpBudgetPerEmployee'],
    [{ workUnitId: '__A__', jpBudgetPerEmployee: 10, seatsPerCourse: 0 }, 'seatsPerCourse'],
    [{ workUnitId: '__A__', jpBudgetPerEmployee: 10, courseIds: ['999999'] }, 'courseIds'],
  ])('rejects %j', async (input, field) => {
    const fixed = { ...input, workUnitId: input.workUnitId === '__A__' ? String(ids.A) : input.workUnitId };
    const { errors } = await api.graphql(`query($input: PlanTrainingInput!) { planTraining(input: $input) { totalJp } }`, { input: fixed });
    expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
