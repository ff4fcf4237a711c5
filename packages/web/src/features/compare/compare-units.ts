/**
 * Pure transforms of the unit comparison: the grouped bar chart (chart.js configuration, no canvas),
 * the withheld bars, and number formatting. Unit colours are Okabe–Ito (and Tol's muted) hues, legible
 * with colour-vision deficiencies; the city mean is a dashed black line, so it never relies on hue.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { UnitProfileFieldsFragment as UnitProfile } from './compare-units.generated.ts';
import { numberLocale, truncateLabel } from '../../lib/format.ts';
import { INK, OKABE_ITO } from '../../styles/tokens.ts';

export const UNIT_COLOURS = Object.values(OKABE_ITO);
export const CITY_LINE_COLOUR = INK.black;

export type CompareChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

export interface CompetencyAxisEntry {
  code: string;
  name: string;
}

/** Every competency of the answer, in the order of the first profile that has it. */
export function competencyAxis(profiles: readonly UnitProfile[]): CompetencyAxisEntry[] {
  const seen = new Map<string, string>();
  for (const p of profiles) for (const c of p.competencies) if (!seen.has(c.code)) seen.set(c.code, c.name);
  return [...seen].map(([code, name]) => ({ code, name }));
}

export interface WithheldBar {
  unitId: string;
  unit: string;
  codes: string[];
}

/** Per unit, the competencies without a bar (figures withheld or no data); units with none are left out. */
export function withheldBars(profiles: readonly UnitProfile[]): WithheldBar[] {
  return profiles
    .map((p) => ({ unitId: p.unit.id, unit: p.unit.label, codes: p.competencies.filter((c) => c.meanLevel === null).map((c) => c.code) }))
    .filter((w) => w.codes.length > 0);
}

export function isEmptyComparison(profiles: readonly UnitProfile[]): boolean {
  return profiles.every((p) => p.competencies.every((c) => c.meanLevel === null));
}

interface ChartTexts {
  city: string;
  axis: string;
  format: (value: number) => string;
}

/** One bar per unit and competency (mean level), and the city mean as a dashed line. */
export function compareChartConfig(profiles: readonly UnitProfile[], texts: ChartTexts): CompareChartConfig {
  const axis = competencyAxis(profiles);
  const levelOf = (p: UnitProfile, code: string) => p.competencies.find((c) => c.code === code)?.meanLevel ?? null;
  const cityOf = (code: string) => {
    for (const p of profiles) {
      const v = p.competencies.find((c) => c.code === code)?.cityMeanLevel;
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  return {
    type: 'bar',
    data: {
      labels: axis.map((a) => a.code),
      datasets: [
        ...profiles.map((p, i) => ({
          type: 'bar' as const,
          label: truncateLabel(p.unit.label, 40),
          data: axis.map((a) => levelOf(p, a.code)),
          backgroundColor: UNIT_COLOURS[i % UNIT_COLOURS.length],
          borderColor: INK.textDark,
          borderWidth: 1,
          order: 2,
        })),
        {
          type: 'line' as const,
          label: texts.city,
          data: axis.map((a) => cityOf(a.code)),
          borderColor: CITY_LINE_COLOUR,
          backgroundColor: CITY_LINE_COLOUR,
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 3,
          pointStyle: 'rectRot',
          order: 1,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 5, title: { display: true, text: texts.axis } }, x: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'bar' | 'line'>[]) => {
              const entry = items[0] ? axis[items[0].dataIndex] : undefined;
              return entry ? `${entry.code} ${entry.name}` : '';
            },
            label: (item: TooltipItem<'bar' | 'line'>) => `${item.dataset.label ?? ''}: ${texts.format(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}

/** A level or gap with two decimals; a dash when there is no figure. */
export function formatLevel(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export type Direction = 'above' | 'below' | 'same';

export function directionOf(value: number | null): Direction | null {
  if (value === null) return null;
  const rounded = Math.round(value * 100);
  return rounded > 0 ? 'above' : rounded < 0 ? 'below' : 'same';
}

/** A difference always with its sign: "+0,25", "−0,30" (a true minus), "±0,00"; a dash without a figure. */
export function formatDifference(value: number | null, locale: string): string {
  const direction = directionOf(value);
  if (value === null || direction === null) return '–';
  const magnitude = formatLevel(Math.abs(value), locale);
  return direction === 'above' ? `+${magnitude}` : direction === 'below' ? `\u2212${magnitude}` : `±${magnitude}`;
}
