import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HEATMAP_CONTROLS,
  canDrillDown,
  drillDown,
  isIsoDate,
  parseHeatmapQuery,
  toHeatmapInput,
  toHeatmapQuery,
  type HeatmapControls,
} from './heatmap-controls.ts';

describe('parseHeatmapQuery', () => {
  it('gives the defaults for an empty query (digital competencies, mean gap, units)', () => {
    expect(parseHeatmapQuery({})).toEqual(DEFAULT_HEATMAP_CONTROLS);
    expect(parseHeatmapQuery({}).competencyKind).toBe('DIGITAL');
  });

  it('reads every control', () => {
    const controls = parseHeatmapQuery({
      metric: 'COVERAGE',
      rows: 'GOLONGAN',
      kind: 'MANAJERIAL',
      columns: 'GROUP',
      status: 'PPPK_PARUH_WAKTU',
      asOf: '2026-01-31',
      workUnitId: '448',
      sortRows: 'desc',
      sortColumns: 'asc',
      emptyColumns: 'show',
      view: 'table',
    });
    expect(controls).toEqual<HeatmapControls>({
      metric: 'COVERAGE',
      rowGrouping: 'GOLONGAN',
      competencyKind: 'MANAJERIAL',
      columnGrouping: 'GROUP',
      employeeStatus: 'PPPK_PARUH_WAKTU',
      asOf: '2026-01-31',
      workUnitId: '448',
      sortRows: 'desc',
      sortColumns: 'asc',
      emptyColumns: 'show',
      view: 'table',
    });
  });

  it.each([
    ['an unknown metric', { metric: 'AVERAGE' }],
    ['a lower-case enum value', { kind: 'digital' }],
    ['an impossible date', { asOf: '2026-02-30' }],
    ['a date in another format', { asOf: '31/01/2026' }],
    ['a unit id with odd characters', { workUnitId: '1; DROP' }],
    ['an unknown status', { status: 'HONORER' }],
    ['an unknown choice for empty columns', { emptyColumns: 'collapse' }],
    ['an empty value', { metric: '', asOf: '' }],
    ['a null value', { metric: null }],
  ])('falls back to the defaults for %s', (_, query) => {
    expect(parseHeatmapQuery(query)).toEqual(DEFAULT_HEATMAP_CONTROLS);
  });

  it('takes the first of repeated parameters', () => {
    expect(parseHeatmapQuery({ metric: ['MEAN_LEVEL', 'COVERAGE'] }).metric).toBe('MEAN_LEVEL');
  });
});

describe('toHeatmapQuery', () => {
  it('leaves out defaults, so the plain page has a plain URL', () => {
    expect(toHeatmapQuery(DEFAULT_HEATMAP_CONTROLS)).toEqual({});
  });

  it('round-trips through parseHeatmapQuery', () => {
    const controls: HeatmapControls = {
      ...DEFAULT_HEATMAP_CONTROLS,
      metric: 'SHARE_BELOW_STANDARD',
      rowGrouping: 'POSITION_KIND',
      employeeStatus: 'PNS',
      asOf: '2025-12-31',
      workUnitId: '33',
      sortColumns: 'desc',
      emptyColumns: 'show',
      view: 'table',
    };
    const query = toHeatmapQuery(controls);
    expect(query).toEqual({
      metric: 'SHARE_BELOW_STANDARD',
      rows: 'POSITION_KIND',
      status: 'PNS',
      asOf: '2025-12-31',
      workUnitId: '33',
      sortColumns: 'desc',
      emptyColumns: 'show',
      view: 'table',
    });
    expect(parseHeatmapQuery(query)).toEqual(controls);
  });
});

describe('toHeatmapInput', () => {
  it('sends the query controls and leaves out the empty ones and the client-side ones', () => {
    expect(toHeatmapInput({ ...DEFAULT_HEATMAP_CONTROLS, sortRows: 'desc', view: 'table' })).toEqual({
      metric: 'MEAN_GAP',
      rowGrouping: 'UNIT',
      competencyKind: 'DIGITAL',
      columnGrouping: 'COMPETENCY',
    });
  });

  it('passes status, date and unit when set', () => {
    const input = toHeatmapInput({ ...DEFAULT_HEATMAP_CONTROLS, employeeStatus: 'PPPK', asOf: '2026-01-01', workUnitId: '7' });
    expect(input).toMatchObject({ employeeStatus: 'PPPK', asOf: '2026-01-01', workUnitId: '7' });
  });
});

describe('drilling down', () => {
  it('is possible for unit rows only', () => {
    expect(canDrillDown(DEFAULT_HEATMAP_CONTROLS)).toBe(true);
    expect(canDrillDown({ ...DEFAULT_HEATMAP_CONTROLS, rowGrouping: 'GOLONGAN' })).toBe(false);
  });

  it('keeps the other controls and scopes to the unit', () => {
    const controls = { ...DEFAULT_HEATMAP_CONTROLS, metric: 'COVERAGE' as const };
    expect(drillDown(controls, '448')).toEqual({ ...controls, workUnitId: '448' });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
