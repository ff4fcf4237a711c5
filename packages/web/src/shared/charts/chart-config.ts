import type { ChartConfiguration } from 'chart.js';

/** What DashboardChart.vue draws: a bar or line chart over labelled values (null: no bar). */
export type DashboardChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;
