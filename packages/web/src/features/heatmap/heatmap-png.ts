/**
 * The heatmap as a PNG picture: a heading and the title line (metric, filters, scope, date), the
 * colour legend, the column codes, the row names and the cells as the page draws them (the same
 * pixels, gaps and hatching from heatmap-renderer.ts), on an offscreen canvas at twice the CSS size
 * for print. The layout is a pure function of the texts and a text-measuring function; drawing
 * needs a browser canvas.
 */
import type { HeatmapExportTexts } from './heatmap-export.ts';
import { MIN_CELL_WIDTH, columnHeaderHeight, heatmapGeometry, type HeatmapGeometry } from '../../shared/heatmap/heatmap-layout.ts';
import type { HeatmapMatrix } from '../../shared/heatmap/heatmap-matrix.ts';
import { HATCH_TILE, drawCellPixels, gapPath, hatchLines, nullCellPath } from '../../shared/heatmap/heatmap-renderer.ts';
import { NULL_FILLS, type ColourScale, type NullReason } from '../../shared/heatmap/heatmap-scale.ts';
import { INK } from '../../styles/tokens.ts';

const FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, sans-serif";
export const FONTS = {
  heading: `bold 18px ${FONT_FAMILY}`,
  title: `13px ${FONT_FAMILY}`,
  legendTitle: `bold 12px ${FONT_FAMILY}`,
  legend: `12px ${FONT_FAMILY}`,
  row: `12px ${FONT_FAMILY}`,
  column: `10px ${FONT_FAMILY}`,
};
const PAD = 16;
const BAR_WIDTH = 240;
const BAR_HEIGHT = 12;
const SWATCH = { width: 22, height: 14 };
/** Row names are cut at this width on screen (12rem). */
const MAX_ROW_LABEL_WIDTH = 192;
/** The largest side of the picture in device pixels that every browser's canvas accepts. */
const MAX_SIDE = 16_384;

export type MeasureText = (text: string, font: string) => number;

export interface PngLayout {
  /** CSS pixels; the PNG is `scale` times larger. */
  width: number;
  height: number;
  scale: number;
  heading: { x: number; y: number };
  title: { x: number; y: number };
  note: { x: number; y: number };
  legend: { x: number; y: number; bar: { x: number; y: number }; ticksY: number; notesY: number[]; swatches: { x: number; y: number; reason: NullReason }[] };
  /** Right edge of the row names. */
  rowLabelRight: number;
  /** Top left of the cells, below the column codes. */
  map: { x: number; y: number; headerHeight: number };
  geometry: HeatmapGeometry;
}

/**
 * Where everything goes. The cells share about 24 px per column of a width between 640 and 1,200
 * px (never narrower than the page's MIN_CELL_WIDTH), rows as on the page.
 */
export function pngLayout(matrix: HeatmapMatrix, texts: HeatmapExportTexts, measure: MeasureText): PngLayout {
  const columns = matrix.columns.length;
  const available = Math.max(640, Math.min(1200, columns * 24));
  const geometry = heatmapGeometry({ columns, rows: matrix.rows.length, availableWidth: Math.max(available, columns * MIN_CELL_WIDTH) });
  const rowLabelWidth = Math.min(MAX_ROW_LABEL_WIDTH, matrix.rows.reduce((w, r) => Math.max(w, measure(r.shortLabel, FONTS.row)), 0)) + 8;

  const heading = { x: PAD, y: PAD + 18 };
  const title = { x: PAD, y: heading.y + 22 };
  const note = { x: PAD, y: title.y + 18 };
  const legendY = note.y + 24;
  const bar = { x: PAD, y: legendY + 6 };
  const ticksY = bar.y + BAR_HEIGHT + 14;
  const notesY = texts.legend.notes.map((_, i) => ticksY + 18 + i * 16);
  const swatchX = PAD + BAR_WIDTH + 40;
  const swatches = (['NO_DATA', 'SUPPRESSED'] as const).map((reason, i) => ({ x: swatchX, y: legendY - 6 + i * 22, reason }));
  const legendBottom = Math.max(notesY.at(-1) ?? ticksY, swatches[1].y + SWATCH.height) + 8;

  const headerHeight = columnHeaderHeight(matrix.columns.map((c) => c.shortLabel));
  const map = { x: PAD + rowLabelWidth, y: legendBottom + 16 + headerHeight, headerHeight };
  const textWidths = [
    measure(texts.heading, FONTS.heading),
    measure(texts.title, FONTS.title),
    measure(texts.note, FONTS.legend),
    swatchX - PAD + SWATCH.width + 8 + Math.max(measure(texts.legend.noData, FONTS.legend), measure(texts.legend.suppressed, FONTS.legend)),
    ...texts.legend.notes.map((n) => measure(n, FONTS.legend)),
  ];
  const width = Math.ceil(Math.max(map.x + geometry.width, PAD + Math.max(...textWidths)) + PAD);
  const height = Math.ceil(map.y + geometry.height + PAD);
  const scale = width * 2 <= MAX_SIDE && height * 2 <= MAX_SIDE ? 2 : 1;
  return {
    width,
    height,
    scale,
    heading,
    title,
    note,
    legend: { x: PAD, y: legendY, bar, ticksY, notesY, swatches },
    rowLabelRight: PAD + rowLabelWidth - 6,
    map,
    geometry,
  };
}

/** A canvas pattern of a reason's hatching, drawn at the picture's resolution. */
function hatchPattern(ctx: CanvasRenderingContext2D, reason: NullReason, scale: number): CanvasPattern | string {
  const { background, line } = NULL_FILLS[reason];
  const tile = document.createElement('canvas');
  tile.width = tile.height = HATCH_TILE * scale;
  const t = tile.getContext('2d');
  if (!t) return background;
  t.scale(scale, scale);
  t.fillStyle = background;
  t.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
  t.strokeStyle = line;
  t.lineWidth = 1;
  t.stroke(new Path2D(hatchLines(reason)));
  // A pattern copies its image when made: made after drawing the tile.
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return background;
  // The pattern is in the context's user space, which is scaled: shrink it back to one tile per 8 CSS px.
  pattern.setTransform(new DOMMatrix().scale(1 / scale));
  return pattern;
}

/** Draws the cells, their hatching and gaps with their top left at the origin of `ctx`. */
function drawCells(ctx: CanvasRenderingContext2D, matrix: HeatmapMatrix, colours: ColourScale, g: HeatmapGeometry, scale: number): void {
  const pixels = document.createElement('canvas');
  pixels.width = Math.max(1, g.columns);
  pixels.height = Math.max(1, g.rows);
  const pctx = pixels.getContext('2d');
  if (pctx) drawCellPixels(pctx, g.columns, g.rows, matrix.cells, colours);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(pixels, 0, 0, g.columns, g.rows, 0, 0, g.width, g.height);
  for (const reason of Object.keys(NULL_FILLS) as NullReason[]) {
    const path = nullCellPath(g, matrix.cells, reason);
    if (!path) continue;
    ctx.fillStyle = hatchPattern(ctx, reason, scale);
    ctx.fill(new Path2D(path));
  }
  ctx.fillStyle = INK.surface;
  ctx.fill(new Path2D(gapPath(g)));
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: PngLayout, colours: ColourScale, texts: HeatmapExportTexts): void {
  const { legend } = layout;
  ctx.fillStyle = INK.text;
  ctx.font = FONTS.legendTitle;
  ctx.fillText(texts.legend.metric, legend.x, legend.y);
  const gradient = ctx.createLinearGradient(legend.bar.x, 0, legend.bar.x + BAR_WIDTH, 0);
  colours.stops.forEach((stop, i) => gradient.addColorStop(i / (colours.stops.length - 1), stop));
  ctx.fillStyle = gradient;
  ctx.fillRect(legend.bar.x, legend.bar.y, BAR_WIDTH, BAR_HEIGHT);
  ctx.strokeStyle = INK.borderStrong;
  ctx.lineWidth = 1;
  ctx.strokeRect(legend.bar.x + 0.5, legend.bar.y + 0.5, BAR_WIDTH - 1, BAR_HEIGHT - 1);
  ctx.fillStyle = INK.text;
  ctx.font = FONTS.legend;
  const [low, middle, high] = texts.legend.ticks;
  ctx.textAlign = 'left';
  ctx.fillText(low, legend.bar.x, legend.ticksY);
  ctx.textAlign = 'center';
  ctx.fillText(middle, legend.bar.x + BAR_WIDTH / 2, legend.ticksY);
  ctx.textAlign = 'right';
  ctx.fillText(high, legend.bar.x + BAR_WIDTH, legend.ticksY);
  ctx.textAlign = 'left';
  ctx.fillStyle = INK.textSecondary;
  texts.legend.notes.forEach((n, i) => ctx.fillText(n, legend.x, legend.notesY[i]));
  for (const swatch of legend.swatches) {
    ctx.save();
    ctx.translate(swatch.x, swatch.y);
    ctx.fillStyle = hatchPattern(ctx, swatch.reason, layout.scale);
    ctx.fillRect(0, 0, SWATCH.width, SWATCH.height);
    ctx.strokeStyle = INK.borderStrong;
    ctx.strokeRect(0.5, 0.5, SWATCH.width - 1, SWATCH.height - 1);
    ctx.restore();
    ctx.fillStyle = INK.text;
    ctx.fillText(swatch.reason === 'NO_DATA' ? texts.legend.noData : texts.legend.suppressed, swatch.x + SWATCH.width + 8, swatch.y + SWATCH.height - 3);
  }
}

/** Draws the whole picture; the canvas must be layout.width × layout.height times layout.scale. */
export function drawHeatmapPng(ctx: CanvasRenderingContext2D, layout: PngLayout, matrix: HeatmapMatrix, colours: ColourScale, texts: HeatmapExportTexts): void {
  ctx.setTransform(layout.scale, 0, 0, layout.scale, 0, 0);
  ctx.fillStyle = INK.surface;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK.text;
  ctx.font = FONTS.heading;
  ctx.fillText(texts.heading, layout.heading.x, layout.heading.y);
  ctx.font = FONTS.title;
  ctx.fillText(texts.title, layout.title.x, layout.title.y);
  ctx.fillStyle = INK.textMuted;
  ctx.font = FONTS.legend;
  ctx.fillText(texts.note, layout.note.x, layout.note.y);
  drawLegend(ctx, layout, colours, texts);

  const g = layout.geometry;
  ctx.fillStyle = INK.textStrong;
  ctx.font = FONTS.column;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  matrix.columns.forEach((column, x) => {
    ctx.save();
    // Written bottom to top, as on the page.
    ctx.translate(layout.map.x + (x + 0.5) * g.cellWidth, layout.map.y - 4);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(column.shortLabel, 0, 0, layout.map.headerHeight - 6);
    ctx.restore();
  });
  ctx.font = FONTS.row;
  ctx.textAlign = 'right';
  matrix.rows.forEach((row, y) => ctx.fillText(row.shortLabel, layout.rowLabelRight, layout.map.y + (y + 0.5) * g.cellHeight, MAX_ROW_LABEL_WIDTH));
  ctx.textAlign = 'left';

  ctx.save();
  ctx.translate(layout.map.x, layout.map.y);
  drawCells(ctx, matrix, colours, g, layout.scale);
  ctx.restore();
}

/** The picture as a PNG file. */
export function heatmapPng(matrix: HeatmapMatrix, colours: ColourScale, texts: HeatmapExportTexts): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas'));
  const layout = pngLayout(matrix, texts, (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  });
  canvas.width = Math.round(layout.width * layout.scale);
  canvas.height = Math.round(layout.height * layout.scale);
  drawHeatmapPng(ctx, layout, matrix, colours, texts);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

