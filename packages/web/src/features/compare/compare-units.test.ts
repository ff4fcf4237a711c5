import { describe, expect, it } from 'vitest';
import type { CompareProfileEntryFragment as CompetencyProfileEntry, UnitProfileFieldsFragment as UnitProfile } from './compare-units.generated.ts';
import {
  CITY_LINE_COLOUR,
  UNIT_COLOURS,
  compareChartConfig,
  competencyAxis,
  directionOf,
  formatDifference,
  formatLevel,
  isEmptyComparison,
  withheldBars,
} from './compare-units.ts';

function entry(code: string, meanLevel: number | null, cityMeanLevel: number | null, extra: Partial<CompetencyProfileEntry> = {}): CompetencyProfileEntry {
  return {
    code,
    name: `Kompetensi ${code}`,
    employees: 10,
    meanLevel,
    meanRequired: 3,
    meanGap: meanLevel === null ? null : 3 - meanLevel,
    cityMeanLevel,
    differenceFromCity: meanLevel === null || cityMeanLevel === null ? null : meanLevel - cityMeanLevel,
    reason: meanLevel === null ? 'SUPPRESSED' : null,
    ...extra,
  };
}

const profiles: UnitProfile[] = [
  { unit: { id: '1', label: 'Dinas Komunikasi dan Informatika', kind: 'DINAS' }, competencies: [entry('M.01', 3.2, 3), entry('M.02', null, 2.8)], largestGaps: [] },
  { unit: { id: '2', label: 'Kecamatan Ilir Barat I', kind: 'KECAMATAN' }, competencies: [entry('M.01', 2.5, 3), entry('M.02', 2.9, 2.8)], largestGaps: [] },
];
const texts = { city: 'Rata-rata kota', axis: 'Level rata-rata', format: (v: number) => v.toFixed(2) };

describe('compareChartConfig', () => {
  const config = compareChartConfig(profiles, texts);

  it('has competency codes on the x axis', () => {
    expect(config.data.labels).toEqual(['M.01', 'M.02']);
  });

  it('draws one bar dataset per unit, null where withheld', () => {
    const [a, b] = config.data.datasets;
    expect(a.type).toBe('bar');
    expect(a.label).toBe('Dinas Komunikasi dan Informatika');
    expect(a.data).toEqual([3.2, null]);
    expect(b.data).toEqual([2.5, 2.9]);
    expect(a.backgroundColor).toBe(UNIT_COLOURS[0]);
    expect(b.backgroundColor).toBe(UNIT_COLOURS[1]);
  });

  it('draws the city mean as a dashed line', () => {
    const city = config.data.datasets[2];
    expect(city.type).toBe('line');
    expect(city.label).toBe('Rata-rata kota');
    expect(city.data).toEqual([3, 2.8]);
    expect(city.borderColor).toBe(CITY_LINE_COLOUR);
    expect((city as { borderDash?: number[] }).borderDash).toEqual([6, 4]);
  });

  it('takes the city mean from another unit when the first has none', () => {
    const missing: UnitProfile[] = [
      { ...profiles[0], competencies: [entry('M.01', null, null)] },
      { ...profiles[1], competencies: [entry('M.01', 2, 3.1)] },
    ];
    expect(compareChartConfig(missing, texts).data.datasets[2].data).toEqual([3.1]);
  });

  it('puts the competency name in the tooltip title', () => {
    const title = config.options?.plugins?.tooltip?.callbacks?.title as unknown as (items: { dataIndex: number }[]) => string;
    expect(title([{ dataIndex: 1 }])).toBe('M.02 Kompetensi M.02');
  });
});

describe('competencyAxis, withheldBars, isEmptyComparison', () => {
  it('collects competencies in order without duplicates', () => {
    expect(competencyAxis(profiles).map((a) => a.code)).toEqual(['M.01', 'M.02']);
  });

  it('lists the bars left out per unit', () => {
    expect(withheldBars(profiles)).toEqual([{ unitId: '1', unit: 'Dinas Komunikasi dan Informatika', codes: ['M.02'] }]);
  });

  it('is empty only when no unit has any level', () => {
    expect(isEmptyComparison(profiles)).toBe(false);
    expect(isEmptyComparison([{ ...profiles[0], competencies: [entry('M.01', null, 3)] }])).toBe(true);
    expect(isEmptyComparison([])).toBe(true);
  });
});

describe('formatting', () => {
  it('formats levels per locale, a dash for null', () => {
    expect(formatLevel(3.456, 'id')).toBe('3,46');
    expect(formatLevel(3.456, 'en')).toBe('3.46');
    expect(formatLevel(null, 'id')).toBe('–');
  });

  it('signs differences with a true minus', () => {
    expect(formatDifference(0.25, 'id')).toBe('+0,25');
    expect(formatDifference(-0.3, 'en')).toBe('\u22120.30');
    expect(formatDifference(0.001, 'id')).toBe('±0,00');
    expect(formatDifference(null, 'id')).toBe('–');
  });

  it('tells the direction of a difference', () => {
    expect(directionOf(0.2)).toBe('above');
    expect(directionOf(-0.2)).toBe('below');
    expect(directionOf(-0.004)).toBe('same');
    expect(directionOf(null)).toBeNull();
  });
});
