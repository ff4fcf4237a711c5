import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { DEFAULT_HEATMAP_CONTROLS } from './heatmap-controls.ts';
import { heatmapExportTexts } from './heatmap-export.ts';
import { CELL_HEIGHT, MIN_CELL_WIDTH } from '../../shared/heatmap/heatmap-layout.ts';
import { toHeatmapMatrix, type HeatmapAnswer } from '../../shared/heatmap/heatmap-matrix.ts';
import { FONTS, pngLayout, type MeasureText } from './heatmap-png.ts';
import { scaleFor } from '../../shared/heatmap/heatmap-scale.ts';

/** A matrix of `rows` units × `columns` competencies, every cell with a value. */
function matrix(rows: number, columns: number, rowLabel = (y: number) => `Unit ${y}`) {
  const answer: HeatmapAnswer = {
    asOf: '2026-11-27', source: 'ROLLUP', metric: 'MEAN_GAP', minGroupSize: 5,
    rows: Array.from({ length: rows }, (_, y) => ({ id: String(y), label: rowLabel(y), group: null })),
    columns: Array.from({ length: columns }, (_, x) => ({ id: `T.${x}`, label: `Kompetensi ${x}`, group: null })),
    values: Array.from({ length: rows * columns }, (_, i) => (i % 7) / 7 - 0.5),
    counts: Array.from({ length: rows * columns }, () => 10),
    reasons: Array.from({ length: rows * columns }, () => null),
    rowSummary: { values: [], counts: [], reasons: [] },
    columnSummary: { values: [], counts: [], reasons: [] },
  };
  return toHeatmapMatrix(answer);
}

const { global } = testI18n('id');
const texts = heatmapExportTexts((key, params) => global.t(key, params ?? {}), {
  controls: DEFAULT_HEATMAP_CONTROLS, metric: 'MEAN_GAP', scale: scaleFor('MEAN_GAP', [1]), asOf: '2026-11-27', minGroupSize: 5, scopeName: null, locale: 'id',
});
/** 6 px per character for every font: enough to check where things go. */
const measure: MeasureText = (text) => text.length * 6;

describe('pngLayout', () => {
  it('puts the heading, the title line and the legend above the map, and the map below the column codes', () => {
    const layout = pngLayout(matrix(51, 89), texts, measure);
    expect(layout.heading.y).toBeLessThan(layout.title.y);
    expect(layout.title.y).toBeLessThan(layout.legend.y);
    expect(layout.legend.notesY).toHaveLength(3);
    expect(layout.map.y - layout.map.headerHeight).toBeGreaterThan(Math.max(...layout.legend.notesY));
    expect(layout.geometry.rows).toBe(51);
    expect(layout.geometry.cellHeight).toBe(CELL_HEIGHT);
    expect(layout.height).toBe(Math.ceil(layout.map.y + 51 * CELL_HEIGHT + 16));
  });

  it('makes room for the longest row name, up to the width the page allows', () => {
    // Row names are cut at 28 characters (toHeatmapMatrix); 8 px each is more than the 192 px allowed.
    const wideText: MeasureText = (text) => text.length * 8;
    const short = pngLayout(matrix(3, 5, () => 'Setda'), texts, wideText);
    const long = pngLayout(matrix(3, 5, (y) => 'X'.repeat(10 + y * 20)), texts, wideText);
    expect(short.map.x).toBe(16 + 5 * 8 + 8);
    expect(long.map.x).toBe(16 + 192 + 8);
    expect(long.rowLabelRight).toBeLessThan(long.map.x);
  });

  it('is as wide as the map or the longest text, whichever is wider', () => {
    const wide = pngLayout(matrix(5, 89), texts, measure);
    expect(wide.width).toBe(Math.ceil(wide.map.x + wide.geometry.width + 16));
    const narrow = pngLayout(matrix(2, 2), texts, () => 1);
    expect(narrow.width).toBe(Math.ceil(narrow.map.x + narrow.geometry.width + 16));
    const longTitle = pngLayout(matrix(2, 2), texts, (text, font) => (font === FONTS.title ? 2000 : text.length));
    expect(longTitle.width).toBe(2000 + 32);
  });

  it('never makes cells narrower than on the page, and draws at twice the size unless the picture gets too large', () => {
    const many = pngLayout(matrix(10, 300), texts, measure);
    expect(many.geometry.cellWidth).toBe(MIN_CELL_WIDTH);
    expect(many.scale).toBe(2);
    expect(pngLayout(matrix(800, 10), texts, measure).scale).toBe(1);
  });
});
