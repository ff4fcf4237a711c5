import { describe, expect, it } from 'vitest';
import { fillBatches, heatmapGeometry } from './heatmap-layout.ts';
import type { MatrixCell } from './heatmap-matrix.ts';
import { drawHeatmap, type HeatmapContext } from './heatmap-renderer.ts';
import { NULL_FILLS, colourOf, scaleFor } from './heatmap-scale.ts';

type Call = [string, ...unknown[]];

/** A 2D context that records what is drawn (no DOM here: the hatch falls back to its background colour). */
function recorder(): { ctx: HeatmapContext; calls: Call[] } {
  const calls: Call[] = [];
  let fillStyle: string | CanvasGradient | CanvasPattern = '#000000';
  const ctx = {
    get fillStyle() {
      return fillStyle;
    },
    set fillStyle(value) {
      fillStyle = value;
      calls.push(['fillStyle', value]);
    },
    setTransform: (...args: unknown[]) => calls.push(['setTransform', ...args]),
    fillRect: (...args: unknown[]) => calls.push(['fillRect', ...args]),
    beginPath: () => calls.push(['beginPath']),
    rect: (...args: unknown[]) => calls.push(['rect', ...args]),
    fill: () => calls.push(['fill']),
    createPattern: () => null,
  } as unknown as HeatmapContext;
  return { ctx, calls };
}

function cells(values: (number | null)[][]): MatrixCell[] {
  return values.flatMap((row, y) =>
    row.map((value, x) => ({ x, y, rowId: `r${y}`, columnId: `c${x}`, value, count: 5, reason: value === null ? ('SUPPRESSED' as const) : null })),
  );
}

describe('drawHeatmap', () => {
  const scale = scaleFor('MEAN_GAP', [-1, 1]);

  it('clears to white, then draws one rect per cell with a 1-px gap, each colour set once', () => {
    const matrixCells = cells([[1, 1], [-1, null]]);
    const g = heatmapGeometry({ columns: 2, rows: 2, availableWidth: 40 }); // 20 × 40 px
    const { ctx, calls } = recorder();
    drawHeatmap(ctx, g, fillBatches(matrixCells, scale));
    expect(calls).toEqual([
      ['setTransform', 1, 0, 0, 1, 0, 0],
      ['fillStyle', '#ffffff'],
      ['fillRect', 0, 0, 40, 80],
      ['fillStyle', colourOf(scale, -1)],
      ['fillRect', 0, 40, 19, 39],
      ['fillStyle', colourOf(scale, 1)],
      ['fillRect', 0, 0, 19, 39],
      ['fillRect', 20, 0, 19, 39],
      ['beginPath'],
      ['rect', 20, 40, 19, 39],
      ['fillStyle', NULL_FILLS.SUPPRESSED.background],
      ['fill'],
    ]);
  });

  it('draws in device pixels on a high-density screen', () => {
    const g = heatmapGeometry({ columns: 2, rows: 1, availableWidth: 40, dpr: 2 });
    const { ctx, calls } = recorder();
    drawHeatmap(ctx, g, fillBatches(cells([[0, 0]]), scale));
    expect(calls.filter((c) => c[0] === 'fillRect')).toEqual([
      ['fillRect', 0, 0, 80, 80],
      ['fillRect', 0, 0, 38, 78],
      ['fillRect', 40, 0, 38, 78],
    ]);
  });

  it('sets the fill style a bounded number of times on a city-sized map', () => {
    const values = Array.from({ length: 51 }, (_, y) => Array.from({ length: 89 }, (_, x) => ((x * 7 + y * 13) % 40) / 20 - 1));
    const g = heatmapGeometry({ columns: 89, rows: 51, availableWidth: 950 });
    const { ctx, calls } = recorder();
    drawHeatmap(ctx, g, fillBatches(cells(values), scale));
    expect(calls.filter((c) => c[0] === 'fillRect')).toHaveLength(51 * 89 + 1);
    expect(calls.filter((c) => c[0] === 'fillStyle').length).toBeLessThanOrEqual(41);
  });
});
