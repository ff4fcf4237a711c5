import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed/demo-seed.js';
import { Random } from '../src/db/seed/random.js';
import { formatNip } from '../src/modules/employee/nip.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let t: TestDatabase;
let api: TestApp;
const sql = (text: string, params: unknown[] = []) => t.db.orm.em.getConnection().execute(text, params);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { employees: 500, seed: 21, today: '2026-11-27' });
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

/** The read model as it stands, without rows that sum to nothing. */
async function readModel() {
  const facts = await sql(`select * from analytics.competency_fact order by employee_id, competency_id`);
  const rollup = await sql(`select * from analytics.gap_rollup where n_required <> 0 or n_assessed <> 0 order by unit_id, competency_id, position_kind, status`);
  return { facts, rollup: rollup.map((r: Record<string, unknown>) => ({ ...r, sum_weighted_gap: Math.round(Number(r.sum_weighted_gap) * 1e6) / 1e6 })) };
}

describe('the analytics read model', () => {
  it('gives the same heatmap from the roll-up as recomputed from the dated evidence', async () => {
    // Nothing is dated after the latest assessment, so the state on that day is today's state.
    const [{ latest }] = await sql(`select max(assessed_on)::text as latest from competency_assessment`);
    expect(latest < new Date().toISOString().slice(0, 10)).toBe(true);
    const query = `query($input: HeatmapInput!) { competencyGapHeatmap(input: $input) { source rows { id } columns { id } values counts reasons } }`;
    for (const metric of ['MEAN_GAP', 'SHARE_BELOW_STANDARD', 'COUNT_BELOW_STANDARD', 'MEAN_LEVEL', 'COVERAGE']) {
      for (const extra of [{}, { rowGrouping: 'UNIT_KIND' }, { rowGrouping: 'POSITION_KIND' }, { unitDepth: 2, employeeStatus: 'PNS' }]) {
        type H = { competencyGapHeatmap: { source: string } };
        const fast = await api.graphql<H>(query, { input: { metric, ...extra } });
        const slow = await api.graphql<H>(query, { input: { metric, ...extra, asOf: latest } });
        expect(fast.data!.competencyGapHeatmap.source).toBe('ROLLUP');
        expect(slow.data!.competencyGapHeatmap.source).toBe('RECOMPUTED');
        expect({ ...slow.data!.competencyGapHeatmap, source: 'ROLLUP' }).toEqual(fast.data!.competencyGapHeatmap);
      }
    }
  });

  it('digital readiness today is the same from the roll-up as from the dated evidence (the trend\'s last point)', async () => {
    const { data } = await api.graphql<{ digitalReadiness: { summary: { index: number }; trend: { day: string; index: number }[] } }>(
      `{ digitalReadiness { summary { index } trend { day index } } }`,
    );
    const trend = data!.digitalReadiness.trend;
    expect(trend[trend.length - 1].day).toBe(new Date().toISOString().slice(0, 10));
    expect(trend[trend.length - 1].index).toBe(data!.digitalReadiness.summary.index);
    expect(data!.digitalReadiness.summary.index).toBeGreaterThan(1);
  });

  it('equals a from-scratch recomputation after a random sequence of writes', async () => {
    const rng = new Random(99, 'writes');
    const employees = (await sql('select id from employee order by id')).map((r: { id: number }) => String(r.id));
    const competencies = (await sql('select id from competency order by id')).map((r: { id: number }) => String(r.id));
    const positions = (await sql('select id from position order by id')).map((r: { id: number }) => String(r.id));
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < 60; i++) {
      const action = rng.int(0, 4);
      let result: { errors?: unknown[] };
      if (action === 0) {
        result = await api.graphql(`mutation($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { assessment { id } } }`, {
          input: { employeeId: rng.pick(employees), competencyId: rng.pick(competencies), level: rng.int(1, 5), method: 'SUPERVISOR', assessedOn: rng.chance(0.5) ? today : '2025-03-01' },
        });
      } else if (action === 1) {
        result = await api.graphql(`mutation($input: MoveEmployeeInput!) { moveEmployee(input: $input) { employee { id } } }`, {
          input: { employeeId: rng.pick(employees), positionId: rng.pick(positions) },
        });
      } else if (action === 2) {
        const requirements = [rng.pick(competencies), rng.pick(competencies), rng.pick(competencies)]
          .filter((c, j, all) => all.indexOf(c) === j)
          .map((competencyId) => ({ competencyId, requiredLevel: rng.int(1, 5), weight: rng.int(1, 3), critical: rng.chance(0.3) }));
        result = await api.graphql(`mutation($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { position { id } } }`, {
          input: { positionId: rng.pick(positions), requirements },
        });
      } else if (action === 3) {
        result = await api.graphql(`mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`, {
          input: { id: rng.pick(employees), status: 'PPPK', golongan: null },
        });
      } else {
        result = await api.graphql(`mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
          input: { nip: formatNip('1991-02-03', 2016, 3, 'FEMALE', i), name: `Pegawai Baru ${i}`, status: 'PNS', educationLevel: 'S1', positionId: rng.pick(positions) },
        });
      }
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    }

    const maintained = await readModel();
    await sql('select analytics.rebuild()');
    const recomputed = await readModel();
    expect(maintained.facts).toEqual(recomputed.facts);
    expect(maintained.rollup).toEqual(recomputed.rollup);
  });

});
