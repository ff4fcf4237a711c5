import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.js';
import type { TestDatabase } from './support/database.js';
import { startSmallCity, stopSmallCity, type SmallCity } from './support/small-city.js';

let t: TestDatabase;
let api: TestApp;
let ids: SmallCity;

beforeAll(async () => {
  ({ t, api, ids } = await startSmallCity());
});
afterAll(() => stopSmallCity({ t, api }));

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
