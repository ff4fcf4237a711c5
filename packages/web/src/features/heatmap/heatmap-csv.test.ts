import { describe, expect, it } from 'vitest';
import { HEATMAP_CSV_COLUMNS, heatmapCsv, heatmapFileName } from './heatmap-csv.ts';
import { TWO_UNITS } from './heatmap-fixtures.ts';
import { toHeatmapMatrix } from '../../shared/heatmap/heatmap-matrix.ts';

const answer = TWO_UNITS;

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
    expect(heatmapFileName('peta-kesenjangan', '2026-11-27', 'csv')).toBe('peta-kesenjangan-2026-11-27.csv');
    expect(heatmapFileName('gap-map', '2026-11-27', 'xlsx')).toBe('gap-map-2026-11-27.xlsx');
  });
});
