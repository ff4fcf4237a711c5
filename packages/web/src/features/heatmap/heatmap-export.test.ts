import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { DEFAULT_HEATMAP_CONTROLS } from './heatmap-controls.ts';
import { heatmapExportTexts, type HeatmapExportContext } from './heatmap-export.ts';
import { scaleFor } from '../../shared/heatmap/heatmap-scale.ts';

function texts(locale: 'id' | 'en', context: Partial<HeatmapExportContext> = {}) {
  const { global } = testI18n(locale);
  return heatmapExportTexts((key, params) => global.t(key, params ?? {}), {
    controls: { ...DEFAULT_HEATMAP_CONTROLS, competencyKind: 'TEKNIS' },
    metric: 'MEAN_GAP',
    scale: scaleFor('MEAN_GAP', [1.2, -0.3]),
    asOf: '2026-11-27',
    minGroupSize: 5,
    scopeName: null,
    locale,
    ...context,
  });
}

describe('heatmapExportTexts', () => {
  it('writes the title line in Bahasa Indonesia: metric, rows × competencies, status, scope and date', () => {
    const id = texts('id');
    expect(id.heading).toBe('Peta kesenjangan kompetensi');
    expect(id.title).toBe('Rata-rata kesenjangan (level) · Unit kerja × kompetensi teknis (per kompetensi) · Semua status · Kota Palembang · per 2026-11-27');
    expect(id.rowHeader).toBe('Unit kerja');
    expect(id.nullReason).toEqual({ NO_DATA: 'tidak ada data', SUPPRESSED: 'disembunyikan (kelompok kecil)' });
    expect(id.note).toContain('kurang dari 5 pegawai');
  });

  it('names the chosen filters and the unit drilled into', () => {
    const id = texts('id', {
      controls: { rowGrouping: 'GOLONGAN', competencyKind: 'DIGITAL', columnGrouping: 'GROUP', employeeStatus: 'PPPK' },
      metric: 'SHARE_BELOW_STANDARD',
      scale: scaleFor('SHARE_BELOW_STANDARD', []),
      scopeName: 'Dinas Kesehatan',
    });
    expect(id.title).toBe('Persentase pegawai di bawah standar · Golongan × kompetensi digital (per kelompok kompetensi) · PPPK · Dinas Kesehatan · per 2026-11-27');
    expect(id.legend.ticks).toEqual(['0%', '50%', '100%']);
    // A sequential scale has no notes about blue and red.
    expect(id.legend.notes).toEqual([]);
  });

  it('speaks English from the same messages file', () => {
    const en = texts('en');
    expect(en.title).toBe('Mean gap (levels) · Work unit × technical competencies (by competency) · Any status · City of Palembang · as of 2026-11-27');
    expect(en.sheets).toEqual({ values: 'Values', counts: 'Employees', columns: 'Columns' });
    expect(en.legend.ticks).toEqual(['-1.25', '0.00', '+1.25']);
    expect(en.legend.notes).toHaveLength(3);
  });
});

