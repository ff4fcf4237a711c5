/**
 * Colour scales of the heatmap, chosen to be read by people with colour-vision deficiencies:
 * ColorBrewer RdBu (reversed: blue below zero, red above) for the signed mean gap, viridis for the
 * other metrics. Cells without a value are drawn with grey hatching that no scale colour resembles.
 */
import { INK, NULL_CELL_COLOURS, RDBU_11, VIRIDIS_9 } from '../../styles/tokens.ts';
import type { HeatmapMetric } from './heatmap-options.ts';

/** ColorBrewer RdBu, 11 classes, reversed: from "well above the standard" to "far below". */
export const DIVERGING_STOPS = RDBU_11;

/** Viridis, sampled at nine points. */
export const SEQUENTIAL_STOPS = VIRIDIS_9;

/** How cells without a value are drawn (canvas pattern in the chart, CSS in the legend and table). */
export const NULL_FILLS = {
  NO_DATA: { ...NULL_CELL_COLOURS.NO_DATA, hatch: 'diagonal' },
  SUPPRESSED: { ...NULL_CELL_COLOURS.SUPPRESSED, hatch: 'cross' },
} as const;

export type NullReason = keyof typeof NULL_FILLS;

export interface ColourScale {
  kind: 'diverging' | 'sequential';
  min: number;
  max: number;
  stops: readonly string[];
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour at `t` (0–1, clamped) along evenly spaced stops, interpolated in RGB. */
export function interpolateStops(stops: readonly string[], t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (stops.length - 1);
  const i = Math.min(Math.floor(position), stops.length - 2);
  const f = position - i;
  const a = hexToRgb(stops[i]);
  const b = hexToRgb(stops[i + 1]);
  return rgbToHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/**
 * The scale for a metric over the values shown. Shares and levels have fixed domains so that two
 * views compare; the mean gap is symmetric around 0 (white means "at the standard"); counts start at 0.
 */
export function scaleFor(metric: HeatmapMetric, values: readonly (number | null)[]): ColourScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  switch (metric) {
    case 'MEAN_GAP': {
      const largest = present.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      // Round up to a quarter level, and never narrower than ±0.25, so tiny gaps do not look alarming.
      const bound = Math.max(0.25, Math.ceil(largest * 4) / 4);
      return { kind: 'diverging', min: -bound, max: bound, stops: DIVERGING_STOPS };
    }
    case 'SHARE_BELOW_STANDARD':
    case 'COVERAGE':
      return { kind: 'sequential', min: 0, max: 1, stops: SEQUENTIAL_STOPS };
    case 'MEAN_LEVEL':
      return { kind: 'sequential', min: 1, max: 5, stops: SEQUENTIAL_STOPS };
    case 'COUNT_BELOW_STANDARD':
      return { kind: 'sequential', min: 0, max: Math.max(1, ...present), stops: SEQUENTIAL_STOPS };
  }
}

export function colourOf(scale: ColourScale, value: number): string {
  return interpolateStops(scale.stops, (value - scale.min) / (scale.max - scale.min));
}

/** A CSS gradient of the whole scale, for the legend. */
export function cssGradient(scale: ColourScale): string {
  const last = scale.stops.length - 1;
  const stops = scale.stops.map((c, i) => `${c} ${Math.round((i / last) * 100)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** A CSS background that matches the canvas hatch of a null cell. */
export function cssNullFill(reason: NullReason): string {
  const { background, line, hatch } = NULL_FILLS[reason];
  const diagonal = `repeating-linear-gradient(45deg, ${line} 0 1px, transparent 1px 6px)`;
  const cross = `repeating-linear-gradient(-45deg, ${line} 0 1px, transparent 1px 6px)`;
  return hatch === 'cross' ? `${diagonal}, ${cross}, ${background}` : `${diagonal}, ${background}`;
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the background (WCAG contrast ratio). */
export function textColourOn(background: string): typeof INK.black | typeof INK.white {
  const l = relativeLuminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? INK.black : INK.white;
}
