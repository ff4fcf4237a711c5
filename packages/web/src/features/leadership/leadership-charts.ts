/**
 * chart.js configurations of the leadership dashboard, built from plain data and already translated
 * texts. Pure (no canvas), so the datasets are unit-tested; DashboardChart.vue draws them.
 * Colours are Okabe–Ito (city, national reference) and ColorBrewer RdBu (predikat), both legible
 * with colour-vision deficiencies; the national reference is also dashed, so it never relies on hue.
 */
import type { TooltipItem } from 'chart.js';
import { PREDIKATS, type PredikatCount, type UnitBar } from './leadership-dashboard.ts';
import type { LeadershipDashboardQuery, Predikat } from './leadership-dashboard.generated.ts';
import { truncateLabel } from '../../lib/format.ts';
import type { DashboardChartConfig } from '../../shared/charts/chart-config.ts';
import { INK, NATIONAL_FILL, OKABE_ITO, PREDIKAT_FILLS } from '../../styles/tokens.ts';

type PillarReadiness = LeadershipDashboardQuery['digitalReadiness']['summary']['pillars'][number];

export const CITY_COLOUR = OKABE_ITO.blue;
export const NATIONAL_COLOUR = OKABE_ITO.vermillion;
export const TARGET_COLOUR = OKABE_ITO.green;
export const PREDIKAT_COLOURS: Record<Predikat, string> = PREDIKAT_FILLS;

interface UnitChartTexts {
  value: string;
  reference: string;
  /** Appended to the label of a unit without a bar, e.g. "disembunyikan". */
  withheld: string;
  format: (value: number) => string;
}

const BASE_OPTIONS = { animation: false, responsive: true, maintainAspectRatio: false } as const;

function unitLabels(bars: readonly UnitBar[], withheld: string): string[] {
  return bars.map((b) => {
    const label = truncateLabel(b.label, 32);
    return b.value === null ? `${label} (${withheld})` : label;
  });
}

/** Readiness index per unit as horizontal bars, the national index as a dashed vertical line. */
export function readinessByUnitConfig(bars: readonly UnitBar[], benchmark: number, texts: UnitChartTexts): DashboardChartConfig {
  return {
    type: 'bar',
    data: {
      labels: unitLabels(bars, texts.withheld),
      datasets: [
        { type: 'bar', label: texts.value, data: bars.map((b) => b.value), backgroundColor: CITY_COLOUR, order: 2 },
        {
          type: 'line',
          label: texts.reference,
          data: bars.map(() => benchmark),
          borderColor: NATIONAL_COLOUR,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          indexAxis: 'y',
          order: 1,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      indexAxis: 'y',
      scales: { x: { min: 1, max: 5, title: { display: true, text: texts.value } }, y: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar' | 'line'>[]) => (items[0] ? (bars[items[0].dataIndex]?.label ?? '') : ''),
            label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label}: ${texts.format(item.parsed.x ?? 0)}`,
          },
        },
      },
    },
  };
}

/** The city's index by quarter, with the national index as a flat dashed line. */
export function readinessTrendConfig(
  trend: readonly { quarter: string; index: number | null }[],
  benchmark: number,
  texts: { value: string; reference: string; format: (value: number) => string },
): DashboardChartConfig {
  return {
    type: 'line',
    data: {
      labels: trend.map((p) => p.quarter),
      datasets: [
        { type: 'line', label: texts.value, data: trend.map((p) => p.index), borderColor: CITY_COLOUR, backgroundColor: CITY_COLOUR, pointRadius: 4, spanGaps: false },
        { type: 'line', label: texts.reference, data: trend.map(() => benchmark), borderColor: NATIONAL_COLOUR, borderDash: [6, 4], borderWidth: 2, pointRadius: 0 },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      scales: { y: { min: 1, max: 5 } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label}: ${texts.format(item.parsed.y ?? 0)}` } },
      },
    },
  };
}

/** The four pillars of digital literacy: the city's mean level beside the national one. */
export function pillarsConfig(
  pillars: readonly PillarReadiness[],
  texts: { city: string; national: string; format: (value: number) => string },
): DashboardChartConfig {
  return {
    type: 'bar',
    data: {
      labels: pillars.map((p) => p.name),
      datasets: [
        { type: 'bar', label: texts.city, data: pillars.map((p) => p.meanLevel), backgroundColor: CITY_COLOUR },
        // Hatch-free but distinguishable without hue: lighter fill with a solid dark border.
        { type: 'bar', label: texts.national, data: pillars.map((p) => p.nationalBenchmark), backgroundColor: NATIONAL_FILL, borderColor: NATIONAL_COLOUR, borderWidth: 2 },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      scales: { y: { min: 0, max: 5 } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label}: ${texts.format(item.parsed.y ?? 0)}` } },
      },
    },
  };
}

/** Share of employees with at least 20 JP per unit, in percent, horizontal bars. */
export function complianceConfig(bars: readonly UnitBar[], texts: UnitChartTexts): DashboardChartConfig {
  return {
    type: 'bar',
    data: {
      labels: unitLabels(bars, texts.withheld),
      datasets: [
        { type: 'bar', label: texts.value, data: bars.map((b) => (b.value === null ? null : b.value * 100)), backgroundColor: TARGET_COLOUR },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      indexAxis: 'y',
      scales: { x: { min: 0, max: 100, title: { display: true, text: texts.value } }, y: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar' | 'line'>[]) => (items[0] ? (bars[items[0].dataIndex]?.label ?? '') : ''),
            label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label}: ${texts.format((item.parsed.x ?? 0) / 100)}`,
          },
        },
      },
    },
  };
}

/** City-wide SKP predikat counts, best first, one bar per predikat. */
export function predikatConfig(counts: readonly PredikatCount[], texts: { value: string; label: (p: Predikat) => string }): DashboardChartConfig {
  const ordered = PREDIKATS.map((p) => counts.find((c) => c.predikat === p) ?? { predikat: p, count: null });
  return {
    type: 'bar',
    data: {
      labels: ordered.map((c) => texts.label(c.predikat)),
      datasets: [
        {
          type: 'bar',
          label: texts.value,
          data: ordered.map((c) => c.count),
          backgroundColor: ordered.map((c) => PREDIKAT_COLOURS[c.predikat]),
          borderColor: INK.textSecondary,
          borderWidth: 1,
        },
      ],
    },
    options: { ...BASE_OPTIONS, scales: { y: { beginAtZero: true } }, plugins: { legend: { display: false } } },
  };
}
