import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.js';
import { forgetVersion } from '../src/modules/analytics/analytics-cache.js';
import type { TestDatabase } from './support/database.js';
import { startSmallCity, stopSmallCity, type SmallCity } from './support/small-city.js';

// The small city of support/small-city.ts; every expected figure below is worked out from its table.
let t: TestDatabase;
let api: TestApp;
let ids: SmallCity;

beforeAll(async () => {
  ({ t, api, ids } = await startSmallCity());
});
afterAll(() => stopSmallCity({ t, api }));

const ask = (query: string, variables?: Record<string, unknown>) => api.ok(query, variables);

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const all = { minGroupSize: 1 };

describe('developmentHoursCompliance (20 JP a year)', () => {
  it('counts JP of trainings completed in the year, per unit and for the city', async () => {
    const { developmentHoursCompliance: c } = await ask(
      `query($scope: DashboardScopeInput) { developmentHoursCompliance(year: 2026, scope: $scope) {
        target bands rows { unit { id } employees meetingTarget share meanJp histogram reason }
        summary { unit { id } employees meetingTarget share meanJp histogram }
        employeesBelow { jp employee { id } } } }`,
      { scope: all },
    );
    expect(c.target).toBe(20);
    // A: e1 32, e2 16, e3 0 (failed). B: e4 40, e5 0.
    expect(c.rows).toEqual([
      { unit: { id: String(ids.A) }, employees: 3, meetingTarget: 1, share: r4(1 / 3), meanJp: 16, histogram: [1, 0, 1, 1, 0], reason: null },
      { unit: { id: String(ids.B) }, employees: 2, meetingTarget: 1, share: 0.5, meanJp: 20, histogram: [1, 0, 0, 0, 1], reason: null },
    ]);
    expect(c.summary).toEqual({ unit: { id: 'CITY' }, employees: 5, meetingTarget: 2, share: 0.4, meanJp: 17.6, histogram: [2, 0, 1, 1, 1] });
    expect(c.employeesBelow).toEqual([
      { jp: 0, employee: { id: String(ids.e3) } },
      { jp: 0, employee: { id: String(ids.e5) } },
      { jp: 16, employee: { id: String(ids.e2) } },
    ]);
  });

  it('withholds units of fewer employees than minGroupSize', async () => {
    const { developmentHoursCompliance: c } = await ask(`{ developmentHoursCompliance(year: 2026, scope: { minGroupSize: 3 }) { rows { share reason histogram } summary { share } } }`);
    expect(c.rows).toEqual([
      { share: r4(1 / 3), reason: null, histogram: [1, 0, 1, 1, 0] },
      { share: null, reason: 'SUPPRESSED', histogram: [] },
    ]);
    expect(c.summary.share).toBe(0.4);
  });
});

describe('performanceDistribution and talentMatrix', () => {
  it('counts SKP predikat per unit', async () => {
    const { performanceDistribution: d } = await ask(`query($scope: DashboardScopeInput) { performanceDistribution(year: 2025, scope: $scope) { predikats rows { counts } summary { evaluations counts } } }`, { scope: all });
    expect(d.predikats).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect(d.rows.map((r: { counts: number[] }) => r.counts)).toEqual([[1, 1, 1, 0, 0], [0, 0, 0, 1, 0]]);
    expect(d.summary).toEqual({ evaluations: 4, counts: [1, 1, 1, 1, 0] });
  });

  it('places employees in the 9-box and lists whom to recognise and whom to coach, with their largest gaps', async () => {
    const { talentMatrix: m } = await ask(
      `query($scope: DashboardScopeInput) { talentMatrix(year: 2026, scope: $scope) {
        boxes placed
        recognition { employee { id } predikat box largestGaps { competency { code } } }
        coaching { employee { id } predikat box largestGaps { gap competency { code } } } } }`,
      { scope: all },
    );
    // e1 Sangat Baik × tinggi → 9; e3 Butuh Perbaikan × rendah → 1; e4 Kurang × menengah → 3; e2 has no potential.
    expect(m.boxes).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(m.placed).toBe(3);
    expect(m.recognition).toEqual([{ employee: { id: String(ids.e1) }, predikat: 'SANGAT_BAIK', box: 9, largestGaps: [{ competency: { code: 'T.X.01' } }] }]);
    expect(m.coaching).toEqual([
      { employee: { id: String(ids.e4) }, predikat: 'KURANG', box: 3, largestGaps: [] },
      { employee: { id: String(ids.e3) }, predikat: 'BUTUH_PERBAIKAN', box: 1, largestGaps: [{ gap: 1, competency: { code: 'T.X.02' } }] },
    ]);
  });
});

describe('compareWorkUnits', () => {
  it('sets units side by side against the standard and the city', async () => {
    const { compareWorkUnits: units } = await ask(
      `query($input: CompareWorkUnitsInput!) { compareWorkUnits(input: $input) {
        unit { id } competencies { code employees meanLevel meanRequired meanGap cityMeanLevel differenceFromCity } largestGaps { code } } }`,
      { input: { workUnitIds: [String(ids.A), String(ids.B)], competencyKind: 'TEKNIS', minGroupSize: 1 } },
    );
    // City C1: 2, 5, 3, 2 → 3; C2: 3, 1, 5 → 3.
    expect(units[0].competencies).toEqual([
      { code: 'T.X.01', employees: 3, meanLevel: r4(10 / 3), meanRequired: 3, meanGap: r4(-1 / 3), cityMeanLevel: 3, differenceFromCity: r4(10 / 3 - 3) },
      { code: 'T.X.02', employees: 2, meanLevel: 2, meanRequired: 2, meanGap: 0, cityMeanLevel: 3, differenceFromCity: -1 },
    ]);
    expect(units[1].competencies).toEqual([
      { code: 'T.X.01', employees: 1, meanLevel: 2, meanRequired: 2, meanGap: 0, cityMeanLevel: 3, differenceFromCity: -1 },
      { code: 'T.X.02', employees: 1, meanLevel: 5, meanRequired: null, meanGap: null, cityMeanLevel: 3, differenceFromCity: 2 },
    ]);
    expect(units[0].largestGaps).toEqual([]);
  });

  it.each([
    [[], 'workUnitIds'],
    [['1'], 'workUnitIds'],
    [['999998', '999999'], 'workUnitIds'],
  ])('rejects %j', async (workUnitIds, field) => {
    const { errors } = await api.graphql(`query($input: CompareWorkUnitsInput!) { compareWorkUnits(input: $input) { unit { id } } }`, { input: { workUnitIds } });
    expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('digitalReadiness', () => {
  it('gives the index, the bands and the pillars per unit and city-wide, and the trend by quarter', async () => {
    const { digitalReadiness: d } = await ask(
      `query($scope: DashboardScopeInput) { digitalReadiness(scope: $scope) {
        nationalBenchmark
        rows { unit { id } employees index foundation intermediate advanced }
        summary { index foundation intermediate advanced pillars { pillar meanLevel nationalBenchmark } }
        trend { quarter day index } } }`,
      { scope: all },
    );
    expect(d.nationalBenchmark).toBe(3.49);
    // A: e1 4, e2 2, e3 1; B: e4 3.
    expect(d.rows).toEqual([
      { unit: { id: String(ids.A) }, employees: 3, index: r4(7 / 3), foundation: r4(2 / 3), intermediate: 0, advanced: r4(1 / 3) },
      { unit: { id: String(ids.B) }, employees: 1, index: 3, foundation: 0, intermediate: 1, advanced: 0 },
    ]);
    expect(d.summary).toMatchObject({ index: 2.5, foundation: 0.5, intermediate: 0.25, advanced: 0.25 });
    expect(d.summary.pillars).toEqual([
      { pillar: 'CAKAP', meanLevel: null, nationalBenchmark: 3.54 },
      { pillar: 'ETIKA', meanLevel: null, nationalBenchmark: 3.7 },
      { pillar: 'BUDAYA', meanLevel: null, nationalBenchmark: 3.86 },
      { pillar: 'AMAN', meanLevel: 2.5, nationalBenchmark: 3.12 },
    ]);
    expect(d.trend).toHaveLength(8);
    // e3's level 1 counts from 2026-08-01 on.
    for (const point of d.trend) expect(point.index).toBe(point.day >= '2026-08-01' ? 2.5 : 3);
  });
});

describe('professionalismCompetency (kompetensi dimension of the Indeks Profesionalitas)', () => {
  it('scores each employee from their training history, and each unit from its employees', async () => {
    // Dated relative to today, so the two-year window always holds them: e5 (pelaksana) gets 24 JP of
    // technical training and a seminar; e2 (functional) a functional course five years ago.
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const sql = (text: string, params: unknown[]) => t.db.orm.em.getConnection().execute(text, params);
    const [provider] = await sql(`select id from training_provider limit 1`, []);
    const course = async (code: string, kind: string, jp: number) =>
      (await sql(`insert into course (code, title, provider_id, mode, kind, jp) values (?, ?, ?, 'KLASIKAL', ?, ?) returning id`, [code, code, provider.id, kind, jp]))[0].id;
    const records: [string, number, string, number][] = [
      ['e5', await course('T24', 'TEKNIS', 24), day(10), 24],
      ['e5', await course('SEM', 'SEMINAR', 4), day(30), 4],
      ['e2', await course('FUN', 'FUNGSIONAL', 80), day(5 * 365), 80],
    ];
    for (const [employee, courseId, end, jp] of records) {
      await sql(`insert into training_record (employee_id, course_id, status, start_date, end_date, jp_earned) values (?, ?, 'COMPLETED', ?, ?, ?)`, [ids[employee], courseId, end, end, jp]);
    }
    await sql('update analytics.state set version = version + 1', []);
    forgetVersion();

    const profile = async (name: string) =>
      (await ask(`query($id: ID) { employee(id: $id) { professionalismCompetency { score fulfilment category components { component met points maxPoints } } } }`, { id: String(ids[name]) }))
        .employee.professionalismCompetency;
    expect(await profile('e5')).toEqual({
      score: 40,
      fulfilment: 1,
      category: 'SANGAT_TINGGI',
      components: [
        { component: 'TEKNIS', met: true, points: 35, maxPoints: 35 },
        { component: 'SEMINAR', met: true, points: 5, maxPoints: 5 },
      ],
    });
    const e2 = await profile('e2');
    expect(e2.components[0]).toEqual({ component: 'FUNGSIONAL', met: true, points: 25, maxPoints: 25 });

    const { professionalismCompetency: byUnit } = await ask(`{ professionalismCompetency(scope: { minGroupSize: 1 }) {
      rows { unit { id } employees meanScore categories } summary { employees meanScore categories } } }`);
    const scores = await Promise.all(['e1', 'e2', 'e3', 'e4', 'e5'].map(async (name) => (await profile(name)).score));
    expect(byUnit.summary.employees).toBe(5);
    expect(byUnit.summary.meanScore).toBe(Math.round((scores.reduce((a, b) => a + b, 0) / 5) * 100) / 100);
    expect(byUnit.rows[1]).toMatchObject({ unit: { id: String(ids.B) }, employees: 2, meanScore: (scores[3] + scores[4]) / 2 });
    expect(byUnit.summary.categories.reduce((a: number, b: number) => a + b, 0)).toBe(5);
  });
});
