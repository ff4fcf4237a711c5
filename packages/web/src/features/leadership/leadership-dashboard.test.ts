import { describe, expect, it } from 'vitest';
import { formatIndex, formatShare, isEmptyDashboard, predikatShare, toHeadline, toNineBoxGrid, toPredikatCounts, toUnitBars } from './leadership-dashboard.ts';
import type { LeadershipDashboardQuery, Predikat } from './leadership-dashboard.generated.ts';
import { NINE_BOX_LAYOUT } from '../../shared/domain/nine-box.ts';

const PREDIKATS: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
const city = { id: 'CITY', label: 'Kota Palembang' };

function answer(overrides: Partial<LeadershipDashboardQuery> = {}): LeadershipDashboardQuery {
  return {
    digitalReadiness: {
      nationalBenchmark: 3.49,
      summary: { unit: city, index: 3.214, employees: 900, reason: null, pillars: [] },
      rows: [
        { unit: { id: '1', label: 'Dinas Kominfo' }, index: 3.8, employees: 40, reason: null },
        { unit: { id: '2', label: 'Kecamatan Ilir Barat I' }, index: null, employees: 3, reason: 'SUPPRESSED' },
      ],
      trend: [],
    },
    developmentHoursCompliance: {
      year: 2026,
      target: 20,
      summary: { unit: city, share: 0.4567, employees: 1200, meetingTarget: 548, reason: null },
      rows: [{ unit: { id: '1', label: 'Dinas Kominfo' }, share: 0.5, employees: 40, meetingTarget: 20, reason: null }],
    },
    performanceDistribution: { year: 2025, predikats: PREDIKATS, summary: { counts: [30, 60, 5, 3, 2], evaluations: 100, reason: null } },
    talentMatrix: { year: 2025, placed: 45, boxes: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
    ...overrides,
  };
}

describe('toHeadline', () => {
  it('takes the four figures from the answers', () => {
    expect(toHeadline(answer())).toEqual({
      employees: 1200,
      cityIndex: 3.214,
      nationalIndex: 3.49,
      jpShare: 0.4567,
      sangatBaikShare: 0.3,
    });
  });
});

describe('predikatShare', () => {
  it('follows the order the API gives', () => {
    const predikats: Predikat[] = ['BAIK', 'SANGAT_BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
    expect(predikatShare(predikats, [75, 25, 0, 0, 0], 'SANGAT_BAIK')).toBe(0.25);
  });

  it.each([
    ['a withheld count', [30, null, 5, 3, 2]],
    ['no evaluations', [0, 0, 0, 0, 0]],
  ])('is null with %s', (_, counts) => {
    expect(predikatShare(PREDIKATS, counts, 'SANGAT_BAIK')).toBeNull();
  });
});

describe('toPredikatCounts', () => {
  it('puts the counts best first and keeps withheld ones null', () => {
    const predikats: Predikat[] = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'];
    expect(toPredikatCounts(predikats, [1, 2, null, 4, 5]).map((c) => c.count)).toEqual([5, 4, null, 2, 1]);
  });
});

describe('toUnitBars', () => {
  it('keeps withheld units as bars without a value, with the reason', () => {
    const bars = toUnitBars(answer().digitalReadiness.rows, (r) => r.index);
    expect(bars).toEqual([
      { id: '1', label: 'Dinas Kominfo', value: 3.8, reason: null },
      { id: '2', label: 'Kecamatan Ilir Barat I', value: null, reason: 'SUPPRESSED' },
    ]);
  });

  it('calls a missing value without a reason "no data"', () => {
    const rows = [{ unit: { id: '3', label: 'UPTD' }, index: null, reason: null }];
    expect(toUnitBars(rows, (r) => r.index)[0].reason).toBe('NO_DATA');
  });
});

describe('toNineBoxGrid', () => {
  it('lays the boxes out with high potential on top and above-expectation performance on the right', () => {
    const grid = toNineBoxGrid([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(grid.map((row) => row.map((c) => c.box))).toEqual(NINE_BOX_LAYOUT);
    expect(grid.map((row) => row.map((c) => c.count))).toEqual([
      [60, 80, 90],
      [30, 50, 70],
      [10, 20, 40],
    ]);
  });

  it('keeps withheld boxes null, also when the list is short', () => {
    const grid = toNineBoxGrid([null, 2, 3]);
    expect(grid[2][0]).toEqual({ box: 1, count: null });
    expect(grid[0][2]).toEqual({ box: 9, count: null });
  });
});

describe('isEmptyDashboard', () => {
  it('is false with data and true without employees or figures', () => {
    expect(isEmptyDashboard(answer())).toBe(false);
    const empty = answer();
    empty.developmentHoursCompliance.summary = { ...empty.developmentHoursCompliance.summary, employees: 0 };
    empty.digitalReadiness.rows = [];
    empty.developmentHoursCompliance.rows = [];
    expect(isEmptyDashboard(empty)).toBe(true);
  });
});

describe('formatting', () => {
  it('writes the index with two decimals in the interface language', () => {
    expect(formatIndex(3.214, 'id')).toBe('3,21');
    expect(formatIndex(3.49, 'en')).toBe('3.49');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(0.4567, 'en')).toBe('45.7%');
    expect(formatShare(0.5, 'id')).toMatch(/^50\s?%$/);
  });
});
