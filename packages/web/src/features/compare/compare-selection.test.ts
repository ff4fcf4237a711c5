import { describe, expect, it } from 'vitest';
import { canCompare, parseCompareQuery, toCompareQuery, toggleUnit } from './compare-selection.ts';

describe('parseCompareQuery', () => {
  it('reads units and kind', () => {
    expect(parseCompareQuery({ units: '1,19,24', kind: 'DIGITAL' })).toEqual({ unitIds: ['1', '19', '24'], competencyKind: 'DIGITAL' });
  });

  it('defaults to no units and the managerial kind', () => {
    expect(parseCompareQuery({})).toEqual({ unitIds: [], competencyKind: 'MANAJERIAL' });
  });

  it('drops malformed ids and duplicates, and falls back on an unknown kind', () => {
    expect(parseCompareQuery({ units: ' 1, ,1,<x>,19,a b', kind: 'NOPE' })).toEqual({ unitIds: ['1', '19'], competencyKind: 'MANAJERIAL' });
  });

  it('keeps at most ten units', () => {
    const units = Array.from({ length: 12 }, (_, i) => String(i + 1)).join(',');
    expect(parseCompareQuery({ units }).unitIds).toHaveLength(10);
  });

  it('takes the first of repeated parameters and ignores nulls', () => {
    expect(parseCompareQuery({ units: ['3,4', '5'], kind: [null] })).toEqual({ unitIds: ['3', '4'], competencyKind: 'MANAJERIAL' });
  });
});

describe('toCompareQuery', () => {
  it('round-trips', () => {
    const selection = { unitIds: ['63', '154', '33'], competencyKind: 'TEKNIS' as const };
    expect(toCompareQuery(selection)).toEqual({ units: '63,154,33', kind: 'TEKNIS' });
    expect(parseCompareQuery(toCompareQuery(selection))).toEqual(selection);
  });

  it('leaves out an empty unit list', () => {
    expect(toCompareQuery({ unitIds: [], competencyKind: 'MANAJERIAL' })).toEqual({ kind: 'MANAJERIAL' });
  });
});

describe('toggleUnit and canCompare', () => {
  const base = { unitIds: ['1'], competencyKind: 'MANAJERIAL' as const };

  it('adds and removes', () => {
    const added = toggleUnit(base, '2');
    expect(added.unitIds).toEqual(['1', '2']);
    expect(canCompare(added)).toBe(true);
    expect(toggleUnit(added, '1').unitIds).toEqual(['2']);
    expect(canCompare(base)).toBe(false);
  });

  it('does not add an eleventh unit', () => {
    const full = { ...base, unitIds: Array.from({ length: 10 }, (_, i) => String(i)) };
    expect(toggleUnit(full, 'x')).toBe(full);
  });
});
