/**
 * The geometry of the heatmap's canvas and what the pointer is on: cell sizes, cell edges in
 * device pixels, hit-testing by arithmetic, where the tooltip goes, and the steps of the colour
 * scale. Pure: no DOM, no Vue (heatmap-renderer.ts draws with it).
 */
import { colourOf, type ColourScale } from './heatmap-scale.ts';

/** Narrower than this, the column codes (10 px text, written vertically) no longer fit: the map scrolls sideways. */
export const MIN_CELL_WIDTH = 10;
/** A row is 24 px high; maps of a few rows get taller rows so they are not a thin strip. */
export const CELL_HEIGHT = 24;
export const MAX_CELL_HEIGHT = 40;
const SHORT_MAP_HEIGHT = 144;

/**
 * The height of the band above the cells for the column codes (10 px text written bottom to top):
 * enough for the longest, between 36 and 84 px (codes of 14 characters, the most the matrix keeps).
 */
export function columnHeaderHeight(labels: readonly string[]): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
  return Math.min(84, Math.max(36, Math.ceil(longest * 6) + 12));
}

export interface HeatmapGeometry {
  columns: number;
  rows: number;
  /** CSS pixels; fractional when the columns share the width evenly. */
  cellWidth: number;
  cellHeight: number;
  /** The canvas in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel, and the canvas's backing store in device pixels. */
  dpr: number;
  pixelWidth: number;
  pixelHeight: number;
}

export interface GeometryInput {
  columns: number;
  rows: number;
  /** The width the cells may fill (CSS pixels), beside the row labels. */
  availableWidth: number;
  /** window.devicePixelRatio; 1 when unknown. */
  dpr?: number;
}

/** The columns share the available width, but never get narrower than MIN_CELL_WIDTH. */
export function heatmapGeometry({ columns, rows, availableWidth, dpr = 1 }: GeometryInput): HeatmapGeometry {
  const ratio = Number.isFinite(dpr) && dpr > 0 ? dpr : 1;
  const cols = Math.max(0, Math.floor(columns));
  const rowCount = Math.max(0, Math.floor(rows));
  const fit = cols > 0 && Number.isFinite(availableWidth) ? Math.floor(availableWidth) / cols : MIN_CELL_WIDTH;
  const cellWidth = Math.max(MIN_CELL_WIDTH, fit);
  const cellHeight = rowCount > 0 ? Math.min(MAX_CELL_HEIGHT, Math.max(CELL_HEIGHT, Math.round(SHORT_MAP_HEIGHT / rowCount))) : CELL_HEIGHT;
  const width = cellWidth * cols;
  const height = cellHeight * rowCount;
  return { columns: cols, rows: rowCount, cellWidth, cellHeight, width, height, dpr: ratio, pixelWidth: Math.round(width * ratio), pixelHeight: Math.round(height * ratio) };
}

export function sameGeometry(a: HeatmapGeometry | null, b: HeatmapGeometry): boolean {
  return a !== null && a.columns === b.columns && a.rows === b.rows && a.cellWidth === b.cellWidth && a.cellHeight === b.cellHeight && a.dpr === b.dpr;
}

/**
 * The edges of `count` cells of `size` CSS pixels, rounded to whole device pixels: count + 1
 * numbers, so neighbouring cells share an edge and nothing is blurred by anti-aliasing.
 */
export function deviceEdges(count: number, size: number, dpr: number): number[] {
  const edges = new Array<number>(count + 1);
  for (let i = 0; i <= count; i++) edges[i] = Math.round(i * size * dpr);
  return edges;
}

/** The index (row-major, as HeatmapMatrix.cells) of the cell under a point of the canvas (CSS pixels), or null. */
export function cellAt(g: HeatmapGeometry, x: number, y: number): number | null {
  if (!(x >= 0 && y >= 0 && x < g.width && y < g.height)) return null;
  const column = Math.min(g.columns - 1, Math.floor(x / g.cellWidth));
  const row = Math.min(g.rows - 1, Math.floor(y / g.cellHeight));
  return row * g.columns + column;
}

/** Where the pointer is, in the viewport (a mouse event's clientX and clientY). */
export interface PointerPosition {
  clientX: number;
  clientY: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a cell is drawn (CSS pixels, on the device-pixel edges the renderer uses). */
export function cellBox(g: HeatmapGeometry, index: number): Box {
  const column = index % g.columns;
  const row = Math.floor(index / g.columns);
  const x0 = Math.round(column * g.cellWidth * g.dpr) / g.dpr;
  const x1 = Math.round((column + 1) * g.cellWidth * g.dpr) / g.dpr;
  const y0 = Math.round(row * g.cellHeight * g.dpr) / g.dpr;
  const y1 = Math.round((row + 1) * g.cellHeight * g.dpr) / g.dpr;
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

export interface TooltipPlacement {
  left: number;
  top: number;
  /** CSS transform that puts the tooltip on the side of the pointer with room (no measuring needed). */
  transform: string;
}

/**
 * The tooltip beside the pointer (both relative to the chart's box): right and below it, or left
 * and/or above it in the right and lower halves, so it stays inside the chart without measuring it.
 */
export function tooltipPlacement(pointer: { x: number; y: number }, bounds: { width: number; height: number }, gap = 14): TooltipPlacement {
  const left = pointer.x > bounds.width / 2;
  const up = pointer.y > bounds.height / 2;
  const tx = left ? `calc(-100% - ${gap}px)` : `${gap}px`;
  const ty = up ? `calc(-100% - ${gap}px)` : `${gap}px`;
  return { left: pointer.x, top: pointer.y, transform: `translate(${tx}, ${ty})` };
}

/** What a hover shows: the cell's outline on the canvas and the tooltip's texts and place. */
export interface HeatmapHover {
  box: Box | null;
  tooltip: { placement: TooltipPlacement; title: string; lines: string[]; footer: string } | null;
}

/**
 * Steps of the colour scale on the canvas. A cell's colour is the nearest of these (at most 1/510 of
 * the scale away from colourOf, less than one unit of an RGB channel): a few hundred colours to
 * compute and set instead of one per distinct value (thousands, in code not yet optimised by the
 * JIT on the first draw).
 */
export const PALETTE_SIZE = 256;

const palettes = new WeakMap<ColourScale, string[]>();

const rgbPalettes = new WeakMap<ColourScale, Uint8Array>();

/** The same steps as RGB bytes (three per step), for writing pixels (computed once per scale). */
export function scalePaletteRgb(scale: ColourScale): Uint8Array {
  let rgb = rgbPalettes.get(scale);
  if (!rgb) {
    const bytes = new Uint8Array(PALETTE_SIZE * 3);
    scalePalette(scale).forEach((hex, i) => {
      const n = Number.parseInt(hex.slice(1), 16);
      bytes.set([(n >> 16) & 255, (n >> 8) & 255, n & 255], i * 3);
    });
    rgbPalettes.set(scale, rgb = bytes);
  }
  return rgb;
}

/** The colours of the scale's steps, from min to max (computed once per scale). */
export function scalePalette(scale: ColourScale): string[] {
  let palette = palettes.get(scale);
  if (!palette) {
    palette = Array.from({ length: PALETTE_SIZE }, (_, i) => colourOf(scale, scale.min + ((scale.max - scale.min) * i) / (PALETTE_SIZE - 1)));
    palettes.set(scale, palette);
  }
  return palette;
}

/** The step of the palette nearest to a value (values outside the scale take its ends). */
export function paletteIndex(scale: ColourScale, value: number): number {
  const t = (value - scale.min) / (scale.max - scale.min);
  const clamped = t > 0 ? (t < 1 ? t : 1) : 0;
  return Math.round(clamped * (PALETTE_SIZE - 1));
}
