import { toHeatmapMatrix, type HeatmapAnswer, type HeatmapMatrix } from '../heatmap-matrix.ts';
import { scaleFor, type ColourScale } from '../heatmap-scale.ts';

/** A 3 × 2 heatmap for the component tests: one withheld and one empty cell, one column without a summary. */
export const ANSWER: HeatmapAnswer = {
  asOf: '2026-11-27',
  source: 'ROLLUP',
  metric: 'MEAN_GAP',
  minGroupSize: 5,
  rows: [
    { id: '1', label: 'Sekretariat Daerah', group: 'SEKRETARIAT' },
    { id: '33', label: 'Dinas Pendidikan', group: 'DINAS' },
    { id: '448', label: 'Kecamatan Ilir Barat II', group: 'KECAMATAN' },
  ],
  columns: [
    { id: 'DC.1.1', label: 'Penelusuran, Pencarian, dan Penyaringan Data', group: 'DC.1' },
    { id: 'DC.1.2', label: 'Evaluasi Data', group: 'DC.1' },
  ],
  values: [0.5, -0.25, null, 0.75, 0.1, null],
  counts: [20, 18, 3, 40, 1234, 0],
  reasons: [null, null, 'SUPPRESSED', null, null, 'NO_DATA'],
  rowSummary: { values: [0.2, 0.75, 0.1], counts: [20, 40, 12], reasons: [null, null, null] },
  columnSummary: { values: [0.35, null], counts: [32, 0], reasons: [null, 'NO_DATA'] },
};

export function fixture(): { matrix: HeatmapMatrix; scale: ColourScale } {
  return { matrix: toHeatmapMatrix(ANSWER), scale: scaleFor('MEAN_GAP', ANSWER.values) };
}
