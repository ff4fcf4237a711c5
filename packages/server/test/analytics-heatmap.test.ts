import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * A city small enough to work out by hand:
 *
 *   unit A (DINAS) ── unit A1 (BIDANG)          unit B (KECAMATAN)
 *   jabatan PA (FUNGSIONAL_AHLI_MUDA, in A): requires C1 at 3, C2 at 2
 *   jabatan PB (PELAKSANA, in B):            requires C1 at 2
 *
 *   employee  unit  jabatan status golongan  C1 (day: level)                 C2
 *   e1        A     PA      PNS    III/a     2024-01-10: 2                   2024-01-10: 3
 *   e2        A1    PA      PNS    III/b     2024-01-10: 5                   —
 *   e3        A1    PA      PPPK   IX        2024-01-10: 1, 2025-06-01: 3   2024-01-10: 1
 *   e4        B     PB      PNS    II/c      2024-01-10: 2                   2024-01-10: 5 (not required)
 *   e5        B     PB      PNS    II/c      —                               —
 *
 * Today, subtree A, C1: gaps 3-2=1, 3-5=-2, 3-3=0 → mean gap -1/3, 1 of 3 below, mean level 10/3,
 * coverage 3/3. C2: gaps 2-3=-1, (e2 none), 2-1=1 → mean gap 0, 1 of 2 below, mean level 2,
 * coverage 2/3. Subtree B, C1: e4 gap 0, e5 no data → mean gap 0 over 1, coverage 1/2; C2 is
 * required of nobody (mean gap: no data) but e4 is at 5 (mean level 5).
 * On 2025-01-01 e3 was at 1 on C1: A's C1 gaps 1, -2, 2 → mean 1/3, 2 of 3 below.
 */
let t: TestDatabase;
let api: TestApp;
const ids: Record<string, number> = {};

async function insert(table: string, row: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(row);
  const [result] = await t.db.orm.em
    .getConnection()
    .execute(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')}) returning id`, Object.values(row));
  return Number(result.id);
}

beforeAll(async () => {
  t = await createTestDatabase();
  const group = await insert('competency_group', { code: 'T.X', name: 'Teknis X', kind: 'TEKNIS' });
  ids.C1 = await insert('competency', { code: 'T.X.01', name: 'Satu', kind: 'TEKNIS', definition: '-', group_id: group });
  ids.C2 = await insert('competency', { code: 'T.X.02', name: 'Dua', kind: 'TEKNIS', definition: '-', group_id: group });
  ids.A = await insert('work_unit', { code: 'A', name: 'Dinas A', kind: 'DINAS' });
  ids.A1 = await insert('work_unit', { code: 'A1', name: 'Bidang A1', kind: 'BIDANG', parent_id: ids.A });
  ids.B = await insert('work_unit', { code: 'B', name: 'Kecamatan B', kind: 'KECAMATAN' });
  ids.PA = await insert('position', { name: 'Analis Ahli Muda', kind: 'FUNGSIONAL_AHLI_MUDA', work_unit_id: ids.A });
  ids.PB = await insert('position', { name: 'Pengadministrasi', kind: 'PELAKSANA', work_unit_id: ids.B });
  await insert('position_requirement', { position_id: ids.PA, competency_id: ids.C1, required_level: 3 });
  await insert('position_requirement', { position_id: ids.PA, competency_id: ids.C2, required_level: 2 });
  await insert('position_requirement', { position_id: ids.PB, competency_id: ids.C1, required_level: 2 });
  const people: [string, number, number, string, string, string][] = [
    ['e1', ids.A, ids.PA, 'PNS', 'III/a', '198001012005011001'],
    ['e2', ids.A1, ids.PA, 'PNS', 'III/b', '198001012005011002'],
    ['e3', ids.A1, ids.PA, 'PPPK', 'IX', '198001012021011003'],
    ['e4', ids.B, ids.PB, 'PNS', 'II/c', '198001012005011004'],
    ['e5', ids.B, ids.PB, 'PNS', 'II/c', '198001012005011005'],
  ];
  for (const [name, unit, position, status, golongan, nip] of people) {
    ids[name] = await insert('employee', {
      nip, name, status, golongan, gender: 'MALE', birth_date: '1980-01-01', education_level: 'S1', position_id: position, work_unit_id: unit,
    });
  }
  const assessments: [string, string, number, string][] = [
    ['e1', 'C1', 2, '2024-01-10'], ['e1', 'C2', 3, '2024-01-10'],
    ['e2', 'C1', 5, '2024-01-10'],
    ['e3', 'C1', 1, '2024-01-10'], ['e3', 'C1', 3, '2025-06-01'], ['e3', 'C2', 1, '2024-01-10'],
    ['e4', 'C1', 2, '2024-01-10'], ['e4', 'C2', 5, '2024-01-10'],
  ];
  for (const [employee, competency, level, day] of assessments) {
    await insert('competency_assessment', { employee_id: ids[employee], competency_id: ids[competency], level, method: 'SUPERVISOR', assessed_on: day });
  }
  await t.db.orm.em.getConnection().execute('select analytics.rebuild()');
  api = await startTestApp(t.db);
});
afterAll(async () => {
  await api?.close();
  await t?.drop();
});

interface HeatmapResult {
  source: string;
  rows: { id: string; label: string }[];
  columns: { id: string }[];
  values: (number | null)[];
  counts: number[];
  reasons: (string | null)[];
  rowSummary: { values: (number | null)[]; counts: number[]; reasons: (string | null)[] };
  columnSummary: { values: (number | null)[]; counts: number[]; reasons: (string | null)[] };
}

async function heatmap(input: Record<string, unknown>): Promise<HeatmapResult> {
  const { data, errors } = await api.graphql<{ competencyGapHeatmap: HeatmapResult }>(
    `query($input: HeatmapInput!) { competencyGapHeatmap(input: $input) {
      source rows { id label } columns { id } values counts reasons
      rowSummary { values counts reasons } columnSummary { values counts reasons } } }`,
    { input: { minGroupSize: 1, competencyKind: 'TEKNIS', ...input } },
  );
  expect(errors).toBeUndefined();
  return data!.competencyGapHeatmap;
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

describe('competencyGapHeatmap on a city worked out by hand', () => {
  it('MEAN_GAP of the top-level units, with the sub-units rolled up into them', async () => {
    const h = await heatmap({});
    expect(h.source).toBe('ROLLUP');
    expect(h.rows.map((r) => r.id)).toEqual([String(ids.A), String(ids.B)]);
    expect(h.columns.map((c) => c.id)).toEqual(['T.X.01', 'T.X.02']);
    expect(h.values).toEqual([r4(-1 / 3), 0, 0, null]);
    expect(h.counts).toEqual([3, 2, 1, 0]);
    expect(h.reasons).toEqual([null, null, null, 'NO_DATA']);
    // Row A over both competencies: gaps (1 - 2 + 0) + (-1 + 1) over 5 → -0.2; at least 3 employees.
    expect(h.rowSummary).toEqual({ values: [-0.2, 0], counts: [3, 1], reasons: [null, null] });
    // Column C1 over the city: gaps 1 - 2 + 0 + 0 over 4 employees.
    expect(h.columnSummary.values).toEqual([-0.25, 0]);
    expect(h.columnSummary.counts).toEqual([4, 2]);
  });

  it.each([
    ['SHARE_BELOW_STANDARD', [r4(1 / 3), 0.5, 0, null], [3, 2, 1, 0]],
    ['COUNT_BELOW_STANDARD', [1, 1, 0, null], [3, 2, 1, 0]],
    ['MEAN_LEVEL', [r4(10 / 3), 2, 2, 5], [3, 2, 1, 1]],
    ['COVERAGE', [1, r4(2 / 3), 0.5, null], [3, 3, 2, 0]],
  ])('%s', async (metric, values, counts) => {
    const h = await heatmap({ metric });
    expect(h.values).toEqual(values);
    expect(h.counts).toEqual(counts);
  });

  it('withholds cells of fewer employees than minGroupSize, and says why', async () => {
    const h = await heatmap({ minGroupSize: 3 });
    expect(h.values).toEqual([r4(-1 / 3), null, null, null]);
    expect(h.reasons).toEqual([null, 'SUPPRESSED', 'SUPPRESSED', 'NO_DATA']);
    expect(h.columnSummary.reasons).toEqual([null, 'SUPPRESSED']);
  });

  it('gives the state on a past day from the dated assessments', async () => {
    const h = await heatmap({ asOf: '2025-01-01', metric: 'SHARE_BELOW_STANDARD' });
    expect(h.source).toBe('RECOMPUTED');
    expect(h.values).toEqual([r4(2 / 3), 0.5, 0, null]);
    const mean = await heatmap({ asOf: '2025-01-01' });
    expect(mean.values[0]).toBe(r4(1 / 3));
    const before = await heatmap({ asOf: '2023-12-31', metric: 'COVERAGE' });
    expect(before.values).toEqual([0, 0, 0, null]);
  });

  it('goes one level down, and limits to a subtree', async () => {
    const deeper = await heatmap({ unitDepth: 2 });
    expect(deeper.rows.map((r) => r.id)).toEqual([String(ids.A1)]);
    // A1: e2 and e3 on C1, gaps -2 and 0; on C2 only e3 is assessed, gap 2 - 1.
    expect(deeper.values).toEqual([-1, 1]);
    const scoped = await heatmap({ workUnitId: String(ids.A) });
    expect(scoped.rows.map((r) => r.id)).toEqual([String(ids.A1)]);
    expect(scoped.values).toEqual(deeper.values);
  });

  it('groups rows by unit kind, jabatan kind and golongan', async () => {
    const unitKind = await heatmap({ rowGrouping: 'UNIT_KIND' });
    expect(unitKind.rows.map((r) => r.id)).toEqual(['DINAS', 'KECAMATAN']);
    expect(unitKind.values).toEqual([r4(-1 / 3), 0, 0, null]);
    const positionKind = await heatmap({ rowGrouping: 'POSITION_KIND' });
    expect(positionKind.rows.map((r) => r.id)).toEqual(['FUNGSIONAL_AHLI_MUDA', 'PELAKSANA']);
    expect(positionKind.values).toEqual([r4(-1 / 3), 0, 0, null]);
    const golongan = await heatmap({ rowGrouping: 'GOLONGAN' });
    expect(golongan.source).toBe('RECOMPUTED');
    expect(golongan.rows.map((r) => r.id)).toEqual(['II/c', 'III/a', 'III/b', 'IX']);
    // III/a is e1 alone: C1 gap 1, C2 gap -1.
    expect(golongan.values.slice(2, 4)).toEqual([1, -1]);
  });

  it('filters employees by status and jabatan kind', async () => {
    const pppk = await heatmap({ employeeStatus: 'PPPK' });
    // Only e3: C1 gap 0, C2 gap 1; nobody in B.
    expect(pppk.values).toEqual([0, 1, null, null]);
    const pelaksana = await heatmap({ positionKind: 'PELAKSANA' });
    expect(pelaksana.values).toEqual([null, null, 0, null]);
  });

  it('sums a competency group into one column', async () => {
    const h = await heatmap({ columnGrouping: 'GROUP' });
    expect(h.columns.map((c) => c.id)).toEqual(['T.X']);
    expect(h.values).toEqual([-0.2, 0]);
  });

  it('rejects what it cannot answer, naming the field', async () => {
    for (const [input, field] of [
      [{ asOf: '2999-01-01' }, 'asOf'],
      [{ asOf: '2025-02-30' }, 'asOf'],
      [{ minGroupSize: 0 }, 'minGroupSize'],
      [{ unitDepth: 0 }, 'unitDepth'],
      [{ workUnitId: '999999' }, 'workUnitId'],
    ] as const) {
      const { errors } = await api.graphql(`query($input: HeatmapInput!) { competencyGapHeatmap(input: $input) { values } }`, { input });
      expect(errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('shows a new assessment at once', async () => {
    const before = await heatmap({ metric: 'MEAN_LEVEL' });
    const { errors } = await api.graphql(`mutation($input: RecordCompetencyAssessmentInput!) { recordCompetencyAssessment(input: $input) { assessment { id } } }`, {
      input: { employeeId: String(ids.e5), competencyId: String(ids.C1), level: 4, method: 'SUPERVISOR', assessedOn: new Date().toISOString().slice(0, 10) },
    });
    expect(errors).toBeUndefined();
    const after = await heatmap({ metric: 'MEAN_LEVEL' });
    // B's C1: e4 at 2 and now e5 at 4.
    expect(before.values[2]).toBe(2);
    expect(after.values[2]).toBe(3);
    expect(after.counts[2]).toBe(2);
  });
});
