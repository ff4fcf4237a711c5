/**
 * Draws the heatmap's cells on a plain canvas: one fillRect per cell in device pixels, each colour
 * set once (cells grouped by fill), the cells without a value filled in one go with a pre-rendered
 * hatch pattern. Labels, highlight and tooltip are DOM elements beside the canvas, so a hover
 * draws nothing here. A canvas of 4,500 cells takes a few milliseconds (docs/benchmarks-web.md).
 */
import { deviceEdges, type FillBatches, type HeatmapGeometry } from './heatmap-layout.ts';
import { NULL_FILLS, type NullReason } from './heatmap-scale.ts';

/** The 2D context calls the renderer uses (a canvas's context, or a recorder in tests). */
export type HeatmapContext = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'fillStyle' | 'fillRect' | 'beginPath' | 'rect' | 'fill' | 'createPattern'
>;

/** Space left white between cells (CSS pixels), as the 1-px white borders of the old chart. */
const GAP = 1;
const TILE = 8;

const tiles = new Map<string, HTMLCanvasElement>();

/**
 * A tile of grey hatching at the device's resolution: diagonal for "no data", crossed for
 * "withheld" (as cssNullFill in the legend and table). Drawn once per reason and pixel ratio.
 */
function hatchTile(reason: NullReason, dpr: number): HTMLCanvasElement | null {
  const key = `${reason}@${dpr}`;
  const cached = tiles.get(key);
  if (cached) return cached;
  if (typeof document === 'undefined') return null;
  const { background, line, hatch } = NULL_FILLS[reason];
  const tile = document.createElement('canvas');
  tile.width = tile.height = Math.max(1, Math.round(TILE * dpr));
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.scale(tile.width / TILE, tile.height / TILE);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // The corner strokes continue the lines across the edges of the tile.
  ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.moveTo(-1, 1); ctx.lineTo(1, -1); ctx.moveTo(7, 9); ctx.lineTo(9, 7);
  if (hatch === 'cross') {
    ctx.moveTo(0, 0); ctx.lineTo(8, 8); ctx.moveTo(7, -1); ctx.lineTo(9, 1); ctx.moveTo(-1, 7); ctx.lineTo(1, 9);
  }
  ctx.stroke();
  tiles.set(key, tile);
  return tile;
}

function nullFill(ctx: HeatmapContext, reason: NullReason, dpr: number): CanvasPattern | string {
  const tile = hatchTile(reason, dpr);
  return (tile && ctx.createPattern(tile, 'repeat')) ?? NULL_FILLS[reason].background;
}

/** Draws every cell of the map; the canvas's backing store must be g.pixelWidth × g.pixelHeight. */
export function drawHeatmap(ctx: HeatmapContext, g: HeatmapGeometry, batches: FillBatches): void {
  const xs = deviceEdges(g.columns, g.cellWidth, g.dpr);
  const ys = deviceEdges(g.rows, g.cellHeight, g.dpr);
  const gap = Math.max(1, Math.round(GAP * g.dpr));
  const { columns } = g;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, g.pixelWidth, g.pixelHeight);
  for (const [colour, indices] of batches.colours) {
    ctx.fillStyle = colour;
    for (const i of indices) {
      const x = i % columns;
      const y = (i - x) / columns;
      ctx.fillRect(xs[x], ys[y], xs[x + 1] - xs[x] - gap, ys[y + 1] - ys[y] - gap);
    }
  }
  for (const reason of Object.keys(batches.nulls) as NullReason[]) {
    const indices = batches.nulls[reason];
    if (indices.length === 0) continue;
    // One path and one fill for all of them: the pattern is set once.
    ctx.beginPath();
    for (const i of indices) {
      const x = i % columns;
      const y = (i - x) / columns;
      ctx.rect(xs[x], ys[y], xs[x + 1] - xs[x] - gap, ys[y + 1] - ys[y] - gap);
    }
    ctx.fillStyle = nullFill(ctx, reason, g.dpr);
    ctx.fill();
  }
}
