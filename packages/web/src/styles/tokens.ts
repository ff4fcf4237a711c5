/**
 * Colours that canvas and chart.js code needs as values (a canvas or a chart.js dataset cannot read
 * var(--…)). With tokens.css, the only place colours are written; where both hold a colour, the
 * value is the same (styles/tokens.test.ts checks both).
 */

/** Ink and paper of drawings exported as files (the heatmap's PNG and Excel files). */
export const INK = {
  surface: '#ffffff',
  text: '#1f2328',
  textStrong: '#24292f',
  textSecondary: '#444444',
  textDark: '#333333',
  textMuted: '#57606a',
  borderStrong: '#8c959f',
  black: '#000000',
  white: '#ffffff',
} as const;

/**
 * Okabe–Ito, legible with colour-vision deficiencies: the series of the comparison (one per unit,
 * up to ten) and the dashboard's city, national and target lines.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  vermillion: '#D55E00',
  yellow: '#F0E442',
  grey: '#999999',
  wine: '#882255',
  teal: '#44AA99',
} as const;

/** The national reference's bar fill: a light tint of the vermillion line. */
export const NATIONAL_FILL = '#f6c9a8';

/** The profile's "required level" bars. */
export const REQUIRED_LEVEL_FILL = '#d9d9d9';

/** ColorBrewer RdBu, 11 classes, reversed: from "well above the standard" to "far below". */
export const RDBU_11 = [
  '#053061', '#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#f7f7f7',
  '#fddbc7', '#f4a582', '#d6604d', '#b2182b', '#67001f',
] as const;

/** Viridis, sampled at nine points. */
export const VIRIDIS_9 = [
  '#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725',
] as const;

/** SKP predikat, best to worst: RdBu's blues, a neutral grey, its reds. */
export const PREDIKAT_FILLS = {
  SANGAT_BAIK: '#2166ac',
  BAIK: '#92c5de',
  BUTUH_PERBAIKAN: '#bdbdbd',
  KURANG: '#f4a582',
  SANGAT_KURANG: '#b2182b',
} as const;

/** Cells without a value: grey hatching that no scale colour resembles. */
export const NULL_CELL_COLOURS = {
  NO_DATA: { background: '#eeeeee', line: '#9a9a9a' },
  SUPPRESSED: { background: '#c8c8c8', line: '#6b6b6b' },
} as const;
