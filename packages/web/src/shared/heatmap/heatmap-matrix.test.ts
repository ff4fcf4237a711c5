import { describe, expect, it } from 'vitest';
import { formatValue, isEmptyMatrix, sortOrder, toHeatmapMatrix, type HeatmapAnswer } from './heatmap-matrix.ts';
import { formatCount, truncateLabel } from '../../lib/format.ts';

/** A 3 × 2 heatmap: three units, two competencies, one suppressed and one empty cell. */
function answer(overrides: Partial<HeatmapAnswer> = {}): HeatmapAnswer {
  return {
    asOf: '2026-11-27',
    source: 'ROLLUP',
    metric: 'MEAN_GAP',
    minGroupSize: 5,
    rows: [
      { id: '1', label: 'Setda', group: 'SEKRETARIAT' },
      { id: '33', label: 'Disdik', group: 'DINAS' },
      { id: '448', label: 'Kec. Ilir Barat II', group: 'KECAMATAN' },
    ],
    columns: [
      { id: 'DC.1.1', label: 'Penelusuran, Pencarian, dan Penyaringan Data', group: 'DC.1' },
      { id: 'DC.1.2', label: 'Evaluasi Data', group: 'DC.1' },
    ],
    values: [0.5, -0.25, null, 0.75, 0.1, null],
    counts: [20, 18, 3, 40, 12, 0],
    reasons: [null, null, 'SUPPRESSED', null, null, 'NO_DATA'],
    rowSummary: { values: [0.2, 0.75, 0.1], counts: [20, 40, 12], reasons: [null, null, null] },
    columnSummary: { values: [0.35, null], counts: [32, 0], reasons: [null, 'NO_DATA'] },
    ...overrides,
  };
}

describe('sortOrder', () => {
  it('keeps the API order for "none"', () => {
    expect(sortOrder([3, 1, 2], 'none')).toEqual([0, 1, 2]);
  });

  it('sorts by summary, largest or smallest first', () => {
    expect(sortOrder([0.2, 0.75, 0.1], 'desc')).toEqual([1, 0, 2]);
    expect(sortOrder([0.2, 0.75, 0.1], 'asc')).toEqual([2, 0, 1]);
  });

  it('puts entries without a value last in both directions and keeps ties stable', () => {
    expect(sortOrder([null, 1, 2, null, 1], 'desc')).toEqual([2, 1, 4, 0, 3]);
    expect(sortOrder([null, 1, 2, null, 1], 'asc')).toEqual([1, 4, 2, 0, 3]);
  });
});

describe('toHeatmapMatrix', () => {
  it('turns row-major arrays into one cell per row × column, with display coordinates', () => {
    const matrix = toHeatmapMatrix(answer());
    expect(matrix.cells).toHaveLength(6);
    expect(matrix.cells[3]).toEqual({ x: 1, y: 1, rowId: '33', columnId: 'DC.1.2', value: 0.75, count: 40, reason: null });
    expect(matrix.cells[2]).toMatchObject({ x: 0, y: 1, value: null, count: 3, reason: 'SUPPRESSED' });
    expect(matrix.cells[5]).toMatchObject({ value: null, reason: 'NO_DATA' });
  });

  it('keeps a value of 0 as a value, not as missing', () => {
    const matrix = toHeatmapMatrix(answer({ values: [0, 0, 0, 0, 0, 0], reasons: [null, null, null, null, null, null] }));
    expect(matrix.cells.every((c) => c.value === 0 && c.reason === null)).toBe(true);
  });

  it('calls a missing value without a reason NO_DATA', () => {
    const matrix = toHeatmapMatrix(answer({ reasons: [] }));
    expect(matrix.cells[2].reason).toBe('NO_DATA');
  });

  it('carries the summaries on rows and columns, and uses competency codes as short column labels', () => {
    const matrix = toHeatmapMatrix(answer());
    expect(matrix.rows[1]).toMatchObject({ id: '33', label: 'Disdik', shortLabel: 'Disdik', summary: 0.75, summaryCount: 40, summaryReason: null });
    expect(matrix.columns[1]).toMatchObject({ id: 'DC.1.2', label: 'Evaluasi Data', shortLabel: 'DC.1.2', summary: null, summaryReason: 'NO_DATA' });
  });

  it('hides, when asked, the columns in which no cell has data, and says how many', () => {
    // A third competency that nobody in any row is required to have or has been assessed on.
    const three = answer({
      columns: [...answer().columns, { id: 'DC.4.4', label: 'Perlindungan Lingkungan', group: 'DC.4' }],
      values: [0.5, -0.25, null, null, 0.75, null, 0.1, null, null],
      counts: [20, 18, 0, 3, 40, 0, 12, 0, 0],
      reasons: [null, null, 'NO_DATA', 'SUPPRESSED', null, 'NO_DATA', null, 'NO_DATA', 'NO_DATA'],
      columnSummary: { values: [0.35, 0.25, null], counts: [32, 58, 0], reasons: [null, null, 'NO_DATA'] },
    });
    expect(toHeatmapMatrix(three).hiddenColumns).toBe(0);
    expect(toHeatmapMatrix(three).columns).toHaveLength(3);
    const hidden = toHeatmapMatrix(three, { hideEmptyColumns: true, sortColumns: 'desc' });
    expect(hidden.hiddenColumns).toBe(1);
    expect(hidden.columns.map((c) => c.id)).toEqual(['DC.1.1', 'DC.1.2']);
    expect(hidden.cells).toHaveLength(6);
    expect(hidden.cells[5]).toMatchObject({ x: 1, y: 2, rowId: '448', columnId: 'DC.1.2', reason: 'NO_DATA' });
  });

  it('keeps a column whose only cells are withheld: there are people behind them', () => {
    const withheld = answer({ values: [0.5, null, null, null, 0.1, null], reasons: [null, 'SUPPRESSED', 'SUPPRESSED', 'NO_DATA', null, 'NO_DATA'] });
    expect(toHeatmapMatrix(withheld, { hideEmptyColumns: true }).columns.map((c) => c.id)).toEqual(['DC.1.1', 'DC.1.2']);
  });

  it('reorders rows and columns by their summaries and moves the cells with them', () => {
    const matrix = toHeatmapMatrix(answer(), { sortRows: 'desc', sortColumns: 'desc' });
    expect(matrix.rows.map((r) => r.id)).toEqual(['33', '1', '448']);
    expect(matrix.columns.map((c) => c.id)).toEqual(['DC.1.1', 'DC.1.2']);
    // The first displayed row is Disdik: its cells are the API's row 1.
    expect(matrix.cells.slice(0, 2).map((c) => [c.rowId, c.columnId, c.value])).toEqual([
      ['33', 'DC.1.1', null],
      ['33', 'DC.1.2', 0.75],
    ]);
    expect(matrix.cells.map((c) => [c.x, c.y])).toEqual([[0, 0], [1, 0], [0, 1], [1, 1], [0, 2], [1, 2]]);
  });

  it('labels rows through the given function (e.g. translated jabatan kinds)', () => {
    const matrix = toHeatmapMatrix(answer(), { rowLabel: (e) => `${e.label}!` });
    expect(matrix.rows[0].label).toBe('Setda!');
  });
});

describe('isEmptyMatrix', () => {
  it('is empty without rows or when no cell has data', () => {
    expect(isEmptyMatrix(toHeatmapMatrix(answer()))).toBe(false);
    expect(isEmptyMatrix(toHeatmapMatrix(answer({ rows: [], values: [], counts: [], reasons: [] })))).toBe(true);
    const noData = answer({ values: Array(6).fill(null), reasons: Array(6).fill('NO_DATA') });
    expect(isEmptyMatrix(toHeatmapMatrix(noData))).toBe(true);
  });

  it('is not empty when cells are only suppressed (the legend explains them)', () => {
    const suppressed = answer({ values: Array(6).fill(null), reasons: Array(6).fill('SUPPRESSED') });
    expect(isEmptyMatrix(toHeatmapMatrix(suppressed))).toBe(false);
  });
});

describe('formatValue', () => {
  // Intl may use a narrow no-break space before "%"; compare without it.
  const plain = (s: string) => s.replace(/\s/g, ' ');

  it.each([
    ['SHARE_BELOW_STANDARD', 0.4567, 'id', '45,7%'],
    ['COVERAGE', 1, 'en', '100%'],
    ['MEAN_GAP', 0.456, 'id', '+0,46'],
    ['MEAN_GAP', -0.5, 'en', '-0.50'],
    ['MEAN_GAP', 0, 'id', '0,00'],
    ['MEAN_LEVEL', 3.5, 'id', '3,50'],
    ['COUNT_BELOW_STANDARD', 1234, 'id', '1.234'],
    ['COUNT_BELOW_STANDARD', 1234, 'en', '1,234'],
  ] as const)('%s %s (%s) → %s', (metric, value, locale, expected) => {
    expect(plain(formatValue(metric, value, locale))).toBe(expected);
  });

  it('formats counts of employees in the interface language', () => {
    expect(formatCount(15000, 'id')).toBe('15.000');
  });
});

describe('truncateLabel', () => {
  it('keeps short labels and shortens long ones with an ellipsis', () => {
    expect(truncateLabel('Disdik', 10)).toBe('Disdik');
    expect(truncateLabel('Kelurahan Tiga Puluh Lima Ilir', 12)).toBe('Kelurahan T…');
    expect(truncateLabel('Kelurahan Tiga Puluh Lima Ilir', 12)).toHaveLength(12);
  });
});
