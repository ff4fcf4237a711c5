import { describe, expect, it } from 'vitest';
import { heatmapGeometry, paletteIndex, scalePalette } from './heatmap-layout.ts';
import type { MatrixCell } from './heatmap-matrix.ts';
import { cellPixels, drawCellPixels, gapPath, hatchLines, nullCellPath, type PixelContext } from './heatmap-renderer.ts';
import { NULL_FILLS, colourOf, scaleFor, type NullReason } from './heatmap-scale.ts';

function cells(values: (number | null | NullReason)[][]): MatrixCell[] {
  return values.flatMap((row, y) =>
    row.map((v, x) => {
      const value = typeof v === 'number' ? v : null;
      return { x, y, rowId: `r${y}`, columnId: `c${x}`, value, count: 5, reason: value === null ? ((v as NullReason | null) ?? 'NO_DATA') : null };
    }),
  );
}

const hex = (pixels: Uint8ClampedArray, i: number) => `#${[...pixels.slice(i * 4, i * 4 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The rectangles of an SVG path written as M x y H x V y H x z (nullCellPath) or M x y h w v h h -w z (gapPath). */
function rects(path: string): number[][] {
  return path.split('M').filter(Boolean).map((part) => part.match(/-?[\d.]+/g)!.map(Number));
}

describe('cellPixels', () => {
  const scale = scaleFor('MEAN_GAP', [-1, 1]);

  it('gives each cell one opaque pixel of its colour on the scale, row-major', () => {
    const pixels = cellPixels(cells([[1, -1], [0.5, 0]]), scale);
    expect(pixels).toHaveLength(16);
    expect([hex(pixels, 0), hex(pixels, 1)]).toEqual([colourOf(scale, 1), colourOf(scale, -1)]);
    expect([hex(pixels, 2), hex(pixels, 3)]).toEqual([scalePalette(scale)[paletteIndex(scale, 0.5)], scalePalette(scale)[paletteIndex(scale, 0)]]);
    expect([pixels[3], pixels[7], pixels[11], pixels[15]]).toEqual([255, 255, 255, 255]);
  });

  it('gives the cells without a value the background of their hatching, different for each reason and from every colour of the scale', () => {
    const pixels = cellPixels(cells([['NO_DATA', 'SUPPRESSED', 0]]), scale);
    expect([hex(pixels, 0), hex(pixels, 1)]).toEqual([NULL_FILLS.NO_DATA.background, NULL_FILLS.SUPPRESSED.background]);
    expect(scalePalette(scale)).not.toContain(NULL_FILLS.NO_DATA.background);
    expect(scalePalette(scale)).not.toContain(NULL_FILLS.SUPPRESSED.background);
  });
});

describe('drawCellPixels', () => {
  it('puts one image of columns × rows pixels at the origin', () => {
    const calls: unknown[][] = [];
    const ctx = {
      createImageData: (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      putImageData: (...args: unknown[]) => calls.push(args),
    } as unknown as PixelContext;
    const scale = scaleFor('SHARE_BELOW_STANDARD', []);
    drawCellPixels(ctx, 2, 1, cells([[0, 1]]), scale);
    expect(calls).toHaveLength(1);
    const [image, x, y] = calls[0] as [ImageData, number, number];
    expect([image.width, image.height, x, y]).toEqual([2, 1, 0, 0]);
    expect([hex(image.data, 0), hex(image.data, 1)]).toEqual([colourOf(scale, 0), colourOf(scale, 1)]);
  });
});

describe('gapPath', () => {
  it('leaves a 1-px white line at the right and bottom of every cell', () => {
    const g = heatmapGeometry({ columns: 2, rows: 2, availableWidth: 40 }); // cells 20 × 40 px
    expect(rects(gapPath(g))).toEqual([
      [19, 0, 1, 80, -1],
      [39, 0, 1, 80, -1],
      [0, 39, 40, 1, -40],
      [0, 79, 40, 1, -40],
    ]);
  });

  it('keeps lines on whole device pixels, 1 CSS px rounded to whole device pixels wide, on a high-density screen', () => {
    const g = heatmapGeometry({ columns: 3, rows: 1, availableWidth: 31, dpr: 1.5 }); // cells 10.333 px
    const xs = rects(gapPath(g)).slice(0, 3).map((r) => r[0] * 1.5);
    // Written with three decimals: within a hundredth of a device pixel.
    xs.forEach((x) => expect(Math.abs(x - Math.round(x))).toBeLessThan(0.01));
    expect(rects(gapPath(g))[0][2] * 1.5).toBeCloseTo(2, 2);
  });
});

describe('nullCellPath', () => {
  const g = heatmapGeometry({ columns: 4, rows: 2, availableWidth: 40 }); // cells 10 × 40 px
  const matrixCells = cells([
    ['NO_DATA', 'NO_DATA', 'SUPPRESSED', 0.5],
    [0, 'NO_DATA', 'SUPPRESSED', null],
  ]);

  it('draws the cells of one reason, neighbours in a row as one rectangle (the gaps are drawn over them)', () => {
    expect(rects(nullCellPath(g, matrixCells, 'NO_DATA'))).toEqual([
      [0, 0, 20, 40, 0],
      [10, 40, 20, 80, 10],
      [30, 40, 40, 80, 30],
    ]);
    expect(rects(nullCellPath(g, matrixCells, 'SUPPRESSED'))).toEqual([[20, 0, 30, 40, 20], [20, 40, 30, 80, 20]]);
  });

  it('draws nothing when every cell has a value', () => {
    expect(nullCellPath(g, cells([[1, 2, 3, 4], [1, 2, 3, 4]]), 'NO_DATA')).toBe('');
  });
});

describe('hatchLines', () => {
  it('is a single diagonal for "no data" and crossed for "withheld", so the two never look alike', () => {
    expect(hatchLines('NO_DATA')).not.toContain('L8 8');
    expect(hatchLines('SUPPRESSED')).toContain('M0 0L8 8');
    expect(hatchLines('SUPPRESSED').startsWith(hatchLines('NO_DATA'))).toBe(true);
  });
});
