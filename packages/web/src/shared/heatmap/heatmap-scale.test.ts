import { describe, expect, it } from 'vitest';
import {
  DIVERGING_STOPS,
  SEQUENTIAL_STOPS,
  colourOf,
  cssGradient,
  cssNullFill,
  interpolateStops,
  scaleFor,
  textColourOn,
} from './heatmap-scale.ts';

describe('interpolateStops', () => {
  it('hits the stops at their positions and blends between them', () => {
    const stops = ['#000000', '#ffffff'];
    expect(interpolateStops(stops, 0)).toBe('#000000');
    expect(interpolateStops(stops, 1)).toBe('#ffffff');
    expect(interpolateStops(stops, 0.5)).toBe('#808080');
  });

  it('clamps values outside 0–1 and treats NaN as 0', () => {
    expect(interpolateStops(SEQUENTIAL_STOPS, -3)).toBe(SEQUENTIAL_STOPS[0]);
    expect(interpolateStops(SEQUENTIAL_STOPS, 7)).toBe(SEQUENTIAL_STOPS[8]);
    expect(interpolateStops(SEQUENTIAL_STOPS, Number.NaN)).toBe(SEQUENTIAL_STOPS[0]);
  });
});

describe('scaleFor', () => {
  it('makes the mean gap diverging and symmetric, so 0 (at the standard) is the white middle', () => {
    const scale = scaleFor('MEAN_GAP', [-0.6, 0.3, null, 1.1]);
    expect(scale).toMatchObject({ kind: 'diverging', min: -1.25, max: 1.25 });
    expect(colourOf(scale, 0)).toBe(DIVERGING_STOPS[5]);
    expect(colourOf(scale, -1.25)).toBe(DIVERGING_STOPS[0]); // blue: above the standard
    expect(colourOf(scale, 1.25)).toBe(DIVERGING_STOPS[10]); // red: below the standard
  });

  it('keeps a minimum width for the mean gap, also with no values at all', () => {
    expect(scaleFor('MEAN_GAP', [0.01, -0.02])).toMatchObject({ min: -0.25, max: 0.25 });
    expect(scaleFor('MEAN_GAP', [null])).toMatchObject({ min: -0.25, max: 0.25 });
  });

  it.each([
    ['SHARE_BELOW_STANDARD', 0, 1],
    ['COVERAGE', 0, 1],
    ['MEAN_LEVEL', 1, 5],
  ] as const)('uses a fixed sequential domain for %s', (metric, min, max) => {
    expect(scaleFor(metric, [0.2, 0.4])).toEqual({ kind: 'sequential', min, max, stops: SEQUENTIAL_STOPS });
  });

  it('runs counts from 0 to the largest count', () => {
    expect(scaleFor('COUNT_BELOW_STANDARD', [3, null, 42, 0])).toMatchObject({ min: 0, max: 42 });
    expect(scaleFor('COUNT_BELOW_STANDARD', [])).toMatchObject({ min: 0, max: 1 });
  });
});

describe('legend helpers', () => {
  it('writes the scale as a CSS gradient from first to last stop', () => {
    const css = cssGradient(scaleFor('MEAN_LEVEL', []));
    expect(css).toMatch(/^linear-gradient\(to right, #440154 0%, /);
    expect(css).toMatch(/#fde725 100%\)$/);
  });

  it('draws the two kinds of missing value differently', () => {
    expect(cssNullFill('NO_DATA')).not.toBe(cssNullFill('SUPPRESSED'));
    expect(cssNullFill('SUPPRESSED').match(/repeating-linear-gradient/g)).toHaveLength(2);
  });
});

describe('textColourOn', () => {
  it('picks the more legible of black and white', () => {
    expect(textColourOn('#fde725')).toBe('#000000');
    expect(textColourOn('#440154')).toBe('#ffffff');
    expect(textColourOn('#f7f7f7')).toBe('#000000');
    expect(textColourOn('#053061')).toBe('#ffffff');
  });
});
