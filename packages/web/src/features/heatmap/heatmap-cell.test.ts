import { describe, expect, it } from 'vitest';
import { canOpenCell, parseHeatmapCell, toHeatmapCellQuery } from './heatmap-cell.ts';
import { DEFAULT_HEATMAP_CONTROLS, parseHeatmapQuery, toHeatmapQuery } from './heatmap-controls.ts';

describe('canOpenCell', () => {
  it('opens cells of unit rows and single-competency columns only', () => {
    expect(canOpenCell(DEFAULT_HEATMAP_CONTROLS)).toBe(true);
    expect(canOpenCell({ ...DEFAULT_HEATMAP_CONTROLS, columnGrouping: 'GROUP' })).toBe(false);
    expect(canOpenCell({ ...DEFAULT_HEATMAP_CONTROLS, rowGrouping: 'POSITION_KIND' })).toBe(false);
  });
});

describe('parseHeatmapCell', () => {
  it('reads the cell from the query', () => {
    expect(parseHeatmapCell({ cellUnit: '63', cellCompetency: 'DC.1.1' }, DEFAULT_HEATMAP_CONTROLS)).toEqual({ unitId: '63', competencyCode: 'DC.1.1' });
    expect(parseHeatmapCell({ cellUnit: '63', cellCompetency: 'T.KES.07' }, DEFAULT_HEATMAP_CONTROLS)).toEqual({ unitId: '63', competencyCode: 'T.KES.07' });
  });

  it.each([
    [{ cellUnit: '63' }],
    [{ cellCompetency: 'M.01' }],
    [{ cellUnit: '63 or 1=1', cellCompetency: 'M.01' }],
    [{ cellUnit: '63', cellCompetency: '<script>' }],
  ])('gives null for an incomplete or malformed cell %o', (query) => {
    expect(parseHeatmapCell(query, DEFAULT_HEATMAP_CONTROLS)).toBeNull();
  });

  it('gives null when the controls do not allow opening cells', () => {
    expect(parseHeatmapCell({ cellUnit: '63', cellCompetency: 'DC.1' }, { ...DEFAULT_HEATMAP_CONTROLS, columnGrouping: 'GROUP' })).toBeNull();
  });
});

describe('toHeatmapCellQuery', () => {
  it('round-trips, and sits beside the controls without disturbing them', () => {
    const cell = { unitId: '63', competencyCode: 'M.05' };
    const controls = { ...DEFAULT_HEATMAP_CONTROLS, metric: 'COVERAGE' as const };
    const query = { ...toHeatmapQuery(controls), ...toHeatmapCellQuery(cell) };
    expect(parseHeatmapQuery(query)).toEqual(controls);
    expect(parseHeatmapCell(query, controls)).toEqual(cell);
  });

  it('writes nothing without a cell', () => {
    expect(toHeatmapCellQuery(null)).toEqual({});
  });
});
