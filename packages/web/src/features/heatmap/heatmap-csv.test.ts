import { describe, expect, it } from 'vitest';
import { HEATMAP_CSV_COLUMNS, heatmapCsv, heatmapCsvFileName } from './heatmap-csv.ts';
import { toHeatmapMatrix, type HeatmapAnswer } from './heatmap-matrix.ts';

const answer: HeatmapAnswer = {
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

describe('heatmapCsv', () => {
  it('writes one line per cell in the server export\'s columns, withheld values empty with their reason', () => {
    const lines = heatmapCsv(toHeatmapMatrix(answer), 'MEAN_GAP', '2026-11-27').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(HEATMAP_CSV_COLUMNS.join(','));
    expect(lines.slice(1, -1)).toEqual([
      'MEAN_GAP,2026-11-27,10,Dinas Kesehatan,DINAS,DC.1.1,"Menjelajah, mencari dan memfilter data",DC.1,0.25,40,',
      'MEAN_GAP,2026-11-27,10,Dinas Kesehatan,DINAS,M.01,Integritas,,,3,SUPPRESSED',
      'MEAN_GAP,2026-11-27,11,"Kecamatan Ilir Barat I, Palembang",KECAMATAN,DC.1.1,"Menjelajah, mencari dan memfilter data",DC.1,-1.5,12,',
      'MEAN_GAP,2026-11-27,11,"Kecamatan Ilir Barat I, Palembang",KECAMATAN,M.01,Integritas,,,0,NO_DATA',
    ]);
  });

  it('follows the order shown on screen', () => {
    const sorted = toHeatmapMatrix(answer, { sortRows: 'asc' });
    const lines = heatmapCsv(sorted, 'MEAN_GAP', '2026-11-27').split('\r\n');
    expect(lines[1]).toContain(',11,');
  });

  it('is named after the day of the data', () => {
    expect(heatmapCsvFileName('2026-11-27')).toBe('peta-kesenjangan-2026-11-27.csv');
  });
});
