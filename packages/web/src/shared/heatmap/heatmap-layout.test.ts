import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_HEIGHT,
  MAX_CELL_HEIGHT,
  MIN_CELL_WIDTH,
  cellAt,
  cellBox,
  columnHeaderHeight,
  deviceEdges,
  PALETTE_SIZE,
  heatmapGeometry,
  paletteIndex,
  sameGeometry,
  scalePalette,
  scalePaletteRgb,
  tooltipPlacement,
} from './heatmap-layout.ts';
import { colourOf, scaleFor } from './heatmap-scale.ts';

describe('heatmapGeometry', () => {
  it('shares the available width between the columns', () => {
    const g = heatmapGeometry({ columns: 89, rows: 51, availableWidth: 950 });
    expect(g.cellWidth).toBeCloseTo(950 / 89);
    expect(g.width).toBeCloseTo(950);
    expect(g.cellHeight).toBe(CELL_HEIGHT);
    expect(g.height).toBe(51 * CELL_HEIGHT);
    expect([g.pixelWidth, g.pixelHeight]).toEqual([950, 1224]);
  });

  it('never makes cells narrower than the column codes need: the map scrolls instead', () => {
    const g = heatmapGeometry({ columns: 89, rows: 51, availableWidth: 400 });
    expect(g.cellWidth).toBe(MIN_CELL_WIDTH);
    expect(g.width).toBe(890);
    expect(heatmapGeometry({ columns: 5, rows: 5, availableWidth: Number.NaN }).cellWidth).toBe(MIN_CELL_WIDTH);
  });

  it('gives maps of a few rows taller rows, within bounds', () => {
    expect(heatmapGeometry({ columns: 3, rows: 1, availableWidth: 300 }).cellHeight).toBe(MAX_CELL_HEIGHT);
    expect(heatmapGeometry({ columns: 3, rows: 4, availableWidth: 300 }).cellHeight).toBe(36);
    expect(heatmapGeometry({ columns: 3, rows: 200, availableWidth: 300 }).cellHeight).toBe(CELL_HEIGHT);
  });

  it('sizes the backing store in device pixels, for sharp drawing on high-density screens', () => {
    const g = heatmapGeometry({ columns: 10, rows: 10, availableWidth: 155, dpr: 2 });
    expect([g.width, g.height, g.pixelWidth, g.pixelHeight]).toEqual([155, 240, 310, 480]);
    expect(heatmapGeometry({ columns: 1, rows: 1, availableWidth: 10, dpr: 0 }).dpr).toBe(1);
  });

  it('copes with an empty matrix', () => {
    const g = heatmapGeometry({ columns: 0, rows: 0, availableWidth: 500 });
    expect([g.width, g.height]).toEqual([0, 0]);
    expect(cellAt(g, 0, 0)).toBeNull();
  });
});

describe('sameGeometry', () => {
  it('tells when a resize changes nothing worth redrawing', () => {
    const a = heatmapGeometry({ columns: 10, rows: 4, availableWidth: 300 });
    expect(sameGeometry(null, a)).toBe(false);
    expect(sameGeometry(a, heatmapGeometry({ columns: 10, rows: 4, availableWidth: 300.6 }))).toBe(true);
    const narrow = heatmapGeometry({ columns: 10, rows: 4, availableWidth: 50 });
    expect(sameGeometry(narrow, heatmapGeometry({ columns: 10, rows: 4, availableWidth: 80 }))).toBe(true);
    expect(sameGeometry(a, heatmapGeometry({ columns: 10, rows: 4, availableWidth: 400 }))).toBe(false);
    expect(sameGeometry(a, heatmapGeometry({ columns: 10, rows: 4, availableWidth: 300, dpr: 2 }))).toBe(false);
  });
});

describe('deviceEdges', () => {
  it('rounds the cell edges to whole device pixels, shared by neighbours', () => {
    expect(deviceEdges(3, 10.5, 1)).toEqual([0, 11, 21, 32]);
    expect(deviceEdges(2, 10.5, 2)).toEqual([0, 21, 42]);
  });
});

describe('cellAt', () => {
  const g = heatmapGeometry({ columns: 4, rows: 3, availableWidth: 40 }); // 10 × 40 px cells (few rows: taller)

  it('finds the cell under a point by arithmetic (row-major index)', () => {
    expect(cellAt(g, 0, 0)).toBe(0);
    expect(cellAt(g, 9.99, 39.99)).toBe(0);
    expect(cellAt(g, 10, 0)).toBe(1);
    expect(cellAt(g, 35, 45)).toBe(7);
    expect(cellAt(g, 39.9, 119.9)).toBe(11);
  });

  it('gives null outside the cells', () => {
    expect(cellAt(g, -1, 5)).toBeNull();
    expect(cellAt(g, 5, -0.1)).toBeNull();
    expect(cellAt(g, 40, 5)).toBeNull();
    expect(cellAt(g, 5, 120)).toBeNull();
    expect(cellAt(g, Number.NaN, 5)).toBeNull();
  });

  it('agrees with cellBox: a point inside a cell\'s box hits that cell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(1, 1.25, 1.5, 2, 3),
        fc.nat(),
        (columns, rows, availableWidth, dpr, seed) => {
          const geometry = heatmapGeometry({ columns, rows, availableWidth, dpr });
          const index = seed % (columns * rows);
          const box = cellBox(geometry, index);
          return cellAt(geometry, box.left + box.width / 2, box.top + box.height / 2) === index;
        },
      ),
    );
  });
});

describe('cellBox', () => {
  it('places the cell on the device-pixel edges the renderer draws', () => {
    const g = heatmapGeometry({ columns: 3, rows: 2, availableWidth: 32, dpr: 2 }); // 10.67 × 40 px
    // Column 1 of row 1: from device pixel 21 to 43, i.e. 10.5 to 21.5 CSS pixels.
    expect(cellBox(g, 4)).toEqual({ left: 10.5, top: 40, width: 11, height: 40 });
  });
});

describe('tooltipPlacement', () => {
  const bounds = { width: 800, height: 600 };

  it('puts the tooltip right of and below the pointer in the upper left', () => {
    expect(tooltipPlacement({ x: 100, y: 50 }, bounds)).toEqual({ left: 100, top: 50, transform: 'translate(14px, 14px)' });
  });

  it('puts it left of and above the pointer in the lower right, so it stays inside the chart', () => {
    expect(tooltipPlacement({ x: 700, y: 500 }, bounds, 10).transform).toBe('translate(calc(-100% - 10px), calc(-100% - 10px))');
  });
});

describe('columnHeaderHeight', () => {
  it('leaves room for the longest column code, within bounds', () => {
    expect(columnHeaderHeight(['DC.1.1', 'T.TIK.11'])).toBe(60);
    expect(columnHeaderHeight(['A'])).toBe(36);
    expect(columnHeaderHeight([])).toBe(36);
    expect(columnHeaderHeight(['Pengembangan d…'])).toBe(84);
  });
});

describe('scalePalette and paletteIndex', () => {
  const scale = scaleFor('SHARE_BELOW_STANDARD', []);

  it('steps through the scale from min to max, computed once per scale', () => {
    const palette = scalePalette(scale);
    expect(palette).toHaveLength(PALETTE_SIZE);
    expect([palette[0], palette[PALETTE_SIZE - 1]]).toEqual([colourOf(scale, 0), colourOf(scale, 1)]);
    expect(scalePalette(scale)).toBe(palette);
  });

  it('takes the nearest step, clamping values outside the scale', () => {
    expect(paletteIndex(scale, 0)).toBe(0);
    expect(paletteIndex(scale, 1)).toBe(PALETTE_SIZE - 1);
    expect(paletteIndex(scale, -5)).toBe(0);
    expect(paletteIndex(scale, 7)).toBe(PALETTE_SIZE - 1);
    expect(paletteIndex(scale, 0.5)).toBe(Math.round(0.5 * (PALETTE_SIZE - 1)));
  });

  it('gives the same steps as RGB bytes', () => {
    const rgb = scalePaletteRgb(scale);
    expect(rgb).toHaveLength(PALETTE_SIZE * 3);
    const hex = (i: number) => `#${[...rgb.slice(i * 3, i * 3 + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect([hex(0), hex(100), hex(PALETTE_SIZE - 1)]).toEqual([scalePalette(scale)[0], scalePalette(scale)[100], scalePalette(scale)[PALETTE_SIZE - 1]]);
    expect(scalePaletteRgb(scale)).toBe(rgb);
  });

  it('stays within one unit of an RGB channel of the exact colour', () => {
    const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (value) => {
        const exact = channels(colourOf(scale, value));
        const stepped = channels(scalePalette(scale)[paletteIndex(scale, value)]);
        return exact.every((c, i) => Math.abs(c - stepped[i]) <= 2);
      }),
    );
  });
});
