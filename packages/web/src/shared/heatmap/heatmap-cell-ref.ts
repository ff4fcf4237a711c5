/** A cell of a heatmap by its row (a work unit) and column (a competency), as pages pass it on. */
export interface HeatmapCell {
  unitId: string;
  competencyCode: string;
}
