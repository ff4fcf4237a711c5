import type { HeatmapAnswer } from '../../shared/heatmap/heatmap-matrix.ts';

/**
 * A 2 × 2 heatmap for the export tests: two units (one name with a comma, for CSV quoting), a DigComp
 * and a managerial competency, one withheld and one empty cell, one column summary withheld.
 */
export const TWO_UNITS: HeatmapAnswer = {
  asOf: '2026-11-27',
  source: 'ROLLUP',
  metric: 'MEAN_GAP',
  minGroupSize: 5,
  rows: [
    { id: '10', label: 'Dinas Kesehatan', group: 'DINAS' },
    { id: '11', label: 'Kecamatan Ilir Barat I, Palembang', group: 'KECAMATAN' },
  ],
  columns: [
    { id: 'DC.1.1', label: 'Menjelajah, mencari dan memfilter data', group: 'DC.1' },
    { id: 'M.01', label: 'Integritas', group: null },
  ],
  values: [0.25, null, -1.5, null],
  counts: [40, 3, 12, 0],
  reasons: [null, 'SUPPRESSED', null, 'NO_DATA'],
  rowSummary: { values: [0.25, -1.5], counts: [43, 12], reasons: [null, null] },
  columnSummary: { values: [-0.4, null], counts: [52, 3], reasons: [null, 'SUPPRESSED'] },
};
