/**
 * chart.js configurations of the employee profile, from plain data and translated texts. Pure (no
 * canvas), so the datasets are unit-tested; the leadership feature's DashboardChart draws them.
 * Okabe–Ito colours; the standard and the 20 JP line also differ by border and dash, not hue alone.
 */
import type { TooltipItem } from 'chart.js';
import { INK, OKABE_ITO, REQUIRED_LEVEL_FILL } from '../../styles/tokens.ts';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import { JP_TARGET, type JpYear } from './profile.ts';
import type { DashboardChartConfig } from '../../shared/charts/chart-config.ts';

export const MEETS_COLOUR = OKABE_ITO.green;
export const BELOW_COLOUR = OKABE_ITO.orange;
export const STANDARD_FILL = REQUIRED_LEVEL_FILL;
export const STANDARD_BORDER = INK.textDark;

const BASE_OPTIONS = { animation: false, responsive: true, maintainAspectRatio: false } as const;

interface LevelTexts {
  current: string;
  required: string;
  axis: string;
  notAssessed: string;
}

/** Current level against the standard, one pair of horizontal bars per required competency. */
export function levelChartConfig(gaps: readonly CompetencyGap[], texts: LevelTexts): DashboardChartConfig {
  return {
    type: 'bar',
    data: {
      labels: gaps.map((g) => (g.critical ? `${g.competency.code} ★` : g.competency.code)),
      datasets: [
        { type: 'bar', label: texts.current, data: gaps.map((g) => g.currentLevel), backgroundColor: OKABE_ITO.blue },
        { type: 'bar', label: texts.required, data: gaps.map((g) => g.requiredLevel), backgroundColor: STANDARD_FILL, borderColor: STANDARD_BORDER, borderWidth: 1 },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      indexAxis: 'y',
      scales: { x: { min: 0, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: texts.axis } }, y: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar' | 'line'>[]) => (items[0] ? (gaps[items[0].dataIndex]?.competency.name ?? '') : ''),
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const gap = gaps[item.dataIndex];
              const level = item.datasetIndex === 0 ? gap?.currentLevel : gap?.requiredLevel;
              return `${item.dataset.label}: ${level ?? texts.notAssessed}`;
            },
          },
        },
      },
    },
  };
}

interface JpTexts {
  jp: string;
  target: string;
}

/** JP per year as bars (green at or above 20, orange below) with the 20 JP line dashed. */
export function jpChartConfig(years: readonly JpYear[], texts: JpTexts): DashboardChartConfig {
  return {
    type: 'bar',
    data: {
      labels: years.map((y) => String(y.year)),
      datasets: [
        {
          type: 'bar',
          label: texts.jp,
          data: years.map((y) => y.jp),
          backgroundColor: years.map((y) => (y.meetsTarget ? MEETS_COLOUR : BELOW_COLOUR)),
          order: 2,
        },
        {
          type: 'line',
          label: texts.target,
          data: years.map(() => JP_TARGET),
          borderColor: OKABE_ITO.vermillion,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          order: 1,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      scales: { y: { beginAtZero: true, suggestedMax: JP_TARGET * 2 } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}
