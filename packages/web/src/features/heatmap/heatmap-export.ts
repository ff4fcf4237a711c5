/**
 * What the heatmap's PNG and Excel exports say besides the numbers: the title line (metric,
 * filters, scope, date), the labels and the file names, in the interface's language. Pure: the
 * translation function comes in as an argument (vue-i18n's `t` on the page, a real i18n instance in
 * the tests).
 */
import type { HeatmapControls } from './heatmap-controls.ts';
import { formatValue } from '../../shared/heatmap/heatmap-matrix.ts';
import type { ColourScale, NullReason } from '../../shared/heatmap/heatmap-scale.ts';
import type { HeatmapMetric } from '../../shared/heatmap/heatmap-options.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface HeatmapExportTexts {
  /** "Peta kesenjangan kompetensi". */
  heading: string;
  /** Metric · rows × competencies · status · scope · date. */
  title: string;
  /** What the withheld and empty cells mean. */
  note: string;
  /** The header of the row labels ("Unit kerja", "Golongan"...). */
  rowHeader: string;
  /** "Keseluruhan": the summaries' row and column. */
  summary: string;
  nullReason: Record<NullReason, string>;
  sheets: { values: string; counts: string; columns: string };
  headers: { code: string; name: string; group: string };
  legend: { metric: string; ticks: [string, string, string]; notes: string[]; noData: string; suppressed: string };
}

export interface HeatmapExportContext {
  controls: Pick<HeatmapControls, 'rowGrouping' | 'competencyKind' | 'columnGrouping' | 'employeeStatus'>;
  metric: HeatmapMetric;
  scale: ColourScale;
  asOf: string;
  minGroupSize: number;
  /** The unit drilled into; null at the city level. */
  scopeName: string | null;
  locale: string;
}

export function heatmapExportTexts(t: Translate, c: HeatmapExportContext): HeatmapExportTexts {
  const nullReason = { NO_DATA: t('heatmapView.nullReason.NO_DATA'), SUPPRESSED: t('heatmapView.nullReason.SUPPRESSED') };
  const metric = t(`heatmapView.metric.${c.metric}`);
  const { min, max } = c.scale;
  const ticks = [min, (min + max) / 2, max].map((v) => formatValue(c.metric, v, c.locale)) as [string, string, string];
  return {
    heading: t('heatmap.title'),
    title: t('heatmap.export.title', {
      metric,
      rows: t(`heatmap.rowGrouping.${c.controls.rowGrouping}`),
      kind: t(`domain.competencyKind.${c.controls.competencyKind}`).toLowerCase(),
      columns: t(`heatmap.columnGrouping.${c.controls.columnGrouping}`).toLowerCase(),
      status: c.controls.employeeStatus ? t(`domain.employeeStatus.${c.controls.employeeStatus}`) : t('heatmap.controls.anyStatus'),
      scope: c.scopeName ?? t('heatmap.breadcrumb.city'),
      asOf: c.asOf,
    }),
    note: t('heatmap.export.note', { suppressed: nullReason.SUPPRESSED, noData: nullReason.NO_DATA, min: c.minGroupSize }),
    rowHeader: t(`heatmap.rowGrouping.${c.controls.rowGrouping}`),
    summary: t('heatmapView.table.summary'),
    nullReason,
    sheets: { values: t('heatmap.export.sheets.values'), counts: t('heatmap.export.sheets.counts'), columns: t('heatmap.export.sheets.columns') },
    headers: { code: t('heatmap.export.headers.code'), name: t('heatmap.export.headers.name'), group: t('heatmap.export.headers.group') },
    legend: {
      metric,
      ticks,
      notes: c.scale.kind === 'diverging' ? [t('heatmapView.legend.negative'), t('heatmapView.legend.zero'), t('heatmapView.legend.positive')] : [],
      noData: t('heatmapView.legend.noData'),
      suppressed: t('heatmapView.legend.suppressed', { min: c.minGroupSize }),
    },
  };
}
