import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { DEFAULT_HEATMAP_CONTROLS } from './heatmap-controls.ts';
import { heatmapExportTexts } from './heatmap-export.ts';
import { TWO_UNITS } from './heatmap-fixtures.ts';
import { toHeatmapMatrix } from '../../shared/heatmap/heatmap-matrix.ts';
import { scaleFor } from '../../shared/heatmap/heatmap-scale.ts';
import { XLSX_FORMATS, XLSX_HEADER_ROW, heatmapSheets } from './heatmap-xlsx.ts';

const answer = TWO_UNITS;

function sheets(locale: 'id' | 'en' = 'id') {
  const { global } = testI18n(locale);
  const texts = heatmapExportTexts((key, params) => global.t(key, params ?? {}), {
    controls: DEFAULT_HEATMAP_CONTROLS,
    metric: 'MEAN_GAP',
    scale: scaleFor('MEAN_GAP', answer.values),
    asOf: answer.asOf,
    minGroupSize: 5,
    scopeName: null,
    locale,
  });
  return heatmapSheets(toHeatmapMatrix(answer), 'MEAN_GAP', texts);
}

/** A cell's value whether it was written plain or as a cell object. */
const valueOf = (cell: unknown) => (cell !== null && typeof cell === 'object' && 'value' in cell ? (cell as { value: unknown }).value : cell);

describe('heatmapSheets', () => {
  it('has a sheet of values, one of employee counts and one naming the columns', () => {
    expect(sheets().map((s) => s.sheet)).toEqual(['Nilai', 'Jumlah pegawai', 'Kolom']);
    expect(sheets('en').map((s) => s.sheet)).toEqual(['Values', 'Employees', 'Columns']);
  });

  it('puts the title above the matrix and keeps the header row and the row names in view', () => {
    const [values] = sheets();
    expect(valueOf(values.data[0][0])).toBe('Peta kesenjangan kompetensi');
    expect(valueOf(values.data[1][0])).toContain('Rata-rata kesenjangan (level)');
    expect(valueOf(values.data[1][0])).toContain('per 2026-11-27');
    expect(values.data[XLSX_HEADER_ROW - 1].map(valueOf)).toEqual(['Unit kerja', 'DC.1.1', 'M.01', 'Keseluruhan']);
    expect([values.stickyRowsCount, values.stickyColumnsCount]).toEqual([XLSX_HEADER_ROW, 1]);
  });

  it('writes values as numbers in the metric\'s format and the withheld and empty cells in words, never as 0', () => {
    const [values] = sheets();
    const body = values.data.slice(XLSX_HEADER_ROW);
    expect(body.map((row) => row.map(valueOf))).toEqual([
      ['Dinas Kesehatan', 0.25, 'disembunyikan (kelompok kecil)', 0.25],
      ['Kecamatan Ilir Barat I, Palembang', -1.5, 'tidak ada data', -1.5],
      ['Keseluruhan', -0.4, 'disembunyikan (kelompok kecil)', null],
    ]);
    expect(body[0][1]).toMatchObject({ type: Number, format: XLSX_FORMATS.MEAN_GAP });
    expect(body[0][2]).toMatchObject({ fontStyle: 'italic' });
  });

  it('counts the employees behind every cell, the withheld ones included', () => {
    const [, counts] = sheets();
    expect(counts.data.slice(XLSX_HEADER_ROW).map((row) => row.map(valueOf))).toEqual([
      ['Dinas Kesehatan', 40, 3, 43],
      ['Kecamatan Ilir Barat I, Palembang', 12, 0, 12],
      ['Keseluruhan', 52, 3, null],
    ]);
  });

  it('names every column code in full', () => {
    const [, , columns] = sheets();
    expect(columns.data.map((row) => row.map(valueOf))).toEqual([
      ['Kode', 'Nama', 'Kelompok'],
      ['DC.1.1', 'Menjelajah, mencari dan memfilter data', 'DC.1'],
      ['M.01', 'Integritas', null],
    ]);
  });

  it('follows the order on screen', () => {
    const { global } = testI18n('id');
    const texts = heatmapExportTexts((key, params) => global.t(key, params ?? {}), {
      controls: DEFAULT_HEATMAP_CONTROLS, metric: 'MEAN_GAP', scale: scaleFor('MEAN_GAP', answer.values), asOf: answer.asOf, minGroupSize: 5, scopeName: null, locale: 'id',
    });
    const [values] = heatmapSheets(toHeatmapMatrix(answer, { sortRows: 'asc' }), 'MEAN_GAP', texts);
    expect(values.data.slice(XLSX_HEADER_ROW, XLSX_HEADER_ROW + 2).map((row) => valueOf(row[0]))).toEqual(['Kecamatan Ilir Barat I, Palembang', 'Dinas Kesehatan']);
  });
});
