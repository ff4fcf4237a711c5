/**
 * How the heatmap is drawn. The cells are a canvas of one pixel per cell (columns × rows: 4,539
 * pixels for the city map), written in one `putImageData` and scaled up by CSS with
 * `image-rendering: pixelated`; the white gaps between cells and the hatching of the cells without
 * a value are one SVG path each, laid over it. So the browser's main thread never fills a large
 * canvas (which Chromium rasterises and copies on the main thread: most of the first frame when
 * each cell was a fillRect on a full-size canvas, docs/benchmarks-web.md) and the scaling, the
 * gaps and the hatching are painted by the compositor and its raster threads. The PNG export
 * (heatmap-png.ts) draws the same pixels and paths on a canvas of its own. The functions that
 * compute pixels and paths are pure.
 */
import { deviceEdges, paletteIndex, scalePaletteRgb, type HeatmapGeometry } from './heatmap-layout.ts';
import type { MatrixCell } from './heatmap-matrix.ts';
import { NULL_FILLS, type ColourScale, type NullReason } from './heatmap-scale.ts';

/** Space left white between cells (CSS pixels, at least one device pixel), as the 1-px white borders of the old chart. */
const GAP = 1;
/** The hatching repeats every 8 CSS pixels (as cssNullFill in the legend and table). */
export const HATCH_TILE = 8;

function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const NULL_RGB: Record<NullReason, [number, number, number]> = {
  NO_DATA: hexRgb(NULL_FILLS.NO_DATA.background),
  SUPPRESSED: hexRgb(NULL_FILLS.SUPPRESSED.background),
};

/**
 * RGBA bytes of one pixel per cell, row-major as HeatmapMatrix.cells: the scale's colour of the
 * value (the nearest step of its palette), or for a cell without a value the background of its
 * hatching (the hatch lines come on top, nullCellPath).
 */
export function cellPixels(cells: readonly MatrixCell[], scale: ColourScale): Uint8ClampedArray {
  const palette = scalePaletteRgb(scale);
  const pixels = new Uint8ClampedArray(cells.length * 4);
  for (let i = 0; i < cells.length; i++) {
    const { value, reason } = cells[i];
    const o = i * 4;
    if (value === null || !Number.isFinite(value)) {
      const rgb = NULL_RGB[reason ?? 'NO_DATA'];
      pixels[o] = rgb[0];
      pixels[o + 1] = rgb[1];
      pixels[o + 2] = rgb[2];
    } else {
      const p = paletteIndex(scale, value) * 3;
      pixels[o] = palette[p];
      pixels[o + 1] = palette[p + 1];
      pixels[o + 2] = palette[p + 2];
    }
    pixels[o + 3] = 255;
  }
  return pixels;
}

/** The 2D context calls that put the cells' pixels on a canvas (a canvas's context, or a recorder in tests). */
export type PixelContext = Pick<CanvasRenderingContext2D, 'createImageData' | 'putImageData'>;

/** Writes the cells on a canvas of `columns` × `rows` pixels, one pixel per cell. */
export function drawCellPixels(ctx: PixelContext, columns: number, rows: number, cells: readonly MatrixCell[], scale: ColourScale): void {
  if (columns === 0 || rows === 0) return;
  const image = ctx.createImageData(columns, rows);
  image.data.set(cellPixels(cells.slice(0, columns * rows), scale));
  ctx.putImageData(image, 0, 0);
}

/** Cell edges in CSS pixels, on whole device pixels (as cellBox and the pixelated scaling of the canvas). */
function cssEdges(count: number, size: number, dpr: number): number[] {
  return deviceEdges(count, size, dpr).map((e) => e / dpr);
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/** The gap in CSS pixels: GAP, at least one device pixel. */
function gapOf(g: HeatmapGeometry): number {
  return Math.max(1, Math.round(GAP * g.dpr)) / g.dpr;
}

/**
 * An SVG path (CSS pixels, origin at the map's top left) of the white gaps: the last column of
 * pixels of every column of cells and the last row of pixels of every row (one device pixel or
 * more), drawn over the cells and the hatching.
 */
export function gapPath(g: HeatmapGeometry): string {
  const xs = cssEdges(g.columns, g.cellWidth, g.dpr);
  const ys = cssEdges(g.rows, g.cellHeight, g.dpr);
  const gap = gapOf(g);
  const width = xs[g.columns] ?? 0;
  const height = ys[g.rows] ?? 0;
  const parts: string[] = [];
  for (let x = 1; x <= g.columns; x++) parts.push(`M${num(xs[x] - gap)} 0h${num(gap)}v${num(height)}h${num(-gap)}z`);
  for (let y = 1; y <= g.rows; y++) parts.push(`M0 ${num(ys[y] - gap)}h${num(width)}v${num(gap)}h${num(-width)}z`);
  return parts.join('');
}

/**
 * An SVG path of the cells without a value for this reason (filled with the reason's hatching):
 * neighbours in a row as one rectangle, drawn under gapPath, which separates them again.
 */
export function nullCellPath(g: HeatmapGeometry, cells: readonly MatrixCell[], reason: NullReason): string {
  const xs = cssEdges(g.columns, g.cellWidth, g.dpr);
  const ys = cssEdges(g.rows, g.cellHeight, g.dpr);
  const parts: string[] = [];
  const isNull = (i: number) => {
    const cell = cells[i];
    return cell !== undefined && (cell.value === null || !Number.isFinite(cell.value)) && (cell.reason ?? 'NO_DATA') === reason;
  };
  for (let y = 0; y < g.rows; y++) {
    const row = y * g.columns;
    for (let x = 0; x < g.columns; x++) {
      if (!isNull(row + x)) continue;
      const first = x;
      while (x + 1 < g.columns && isNull(row + x + 1)) x++;
      parts.push(`M${num(xs[first])} ${num(ys[y])}H${num(xs[x + 1])}V${num(ys[y + 1])}H${num(xs[first])}z`);
    }
  }
  return parts.join('');
}

/**
 * The hatch lines of a reason within one HATCH_TILE square, as an SVG path: a diagonal for "no
 * data", crossed for "withheld"; the corner strokes continue the lines across the tile's edges.
 */
export function hatchLines(reason: NullReason): string {
  const diagonal = 'M0 8L8 0M-1 1L1 -1M7 9L9 7';
  return NULL_FILLS[reason].hatch === 'cross' ? `${diagonal}M0 0L8 8M7 -1L9 1M-1 7L1 9` : diagonal;
}
