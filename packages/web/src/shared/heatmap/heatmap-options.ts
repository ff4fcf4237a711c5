/** The choices a heatmap is drawn with, shared by the gap map and the training plan's before/after maps. */

export const HEATMAP_METRICS = ['MEAN_GAP', 'SHARE_BELOW_STANDARD', 'COUNT_BELOW_STANDARD', 'MEAN_LEVEL', 'COVERAGE'] as const;
export const SORT_ORDERS = ['none', 'desc', 'asc'] as const;
export const HEATMAP_VIEWS = ['chart', 'table'] as const;

export type HeatmapMetric = (typeof HEATMAP_METRICS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];
export type HeatmapView = (typeof HEATMAP_VIEWS)[number];
