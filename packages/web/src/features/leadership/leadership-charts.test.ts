import { describe, expect, it } from 'vitest';
import {
  CITY_COLOUR,
  NATIONAL_COLOUR,
  PREDIKAT_COLOURS,
  complianceConfig,
  pillarsConfig,
  predikatConfig,
  readinessByUnitConfig,
  readinessTrendConfig,
} from './leadership-charts.ts';
import type { UnitBar } from './leadership-dashboard.ts';

const bars: UnitBar[] = [
  { id: '1', label: 'Dinas Komunikasi dan Informatika Kota Palembang', value: 3.8, reason: null },
  { id: '2', label: 'Kecamatan Ilir Barat I', value: null, reason: 'SUPPRESSED' },
];
const texts = { value: 'Indeks', reference: 'Nasional', withheld: 'disembunyikan', format: (v: number) => v.toFixed(2) };

describe('readinessByUnitConfig', () => {
  const config = readinessByUnitConfig(bars, 3.49, texts);

  it('draws horizontal bars, no bar for a withheld unit, and says so in its label', () => {
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0].data).toEqual([3.8, null]);
    expect(config.data.labels).toEqual(['Dinas Komunikasi dan Informatik…', 'Kecamatan Ilir Barat I (disembunyikan)']);
  });

  it('draws the national index as a dashed line across every unit', () => {
    const reference = config.data.datasets[1];
    expect(reference).toMatchObject({ type: 'line', borderColor: NATIONAL_COLOUR, borderDash: [6, 4] });
    expect(reference.data).toEqual([3.49, 3.49]);
  });
});

describe('readinessTrendConfig', () => {
  it('has one point per quarter and a flat benchmark', () => {
    const config = readinessTrendConfig(
      [
        { quarter: '2026-Q2', index: 3.1 },
        { quarter: '2026-Q3', index: null },
      ],
      3.49,
      texts,
    );
    expect(config.data.labels).toEqual(['2026-Q2', '2026-Q3']);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [3.1, null],
      [3.49, 3.49],
    ]);
  });
});

describe('pillarsConfig', () => {
  it('groups the city and the national value per pillar', () => {
    const config = pillarsConfig(
      [
        { pillar: 'CAKAP', name: 'Cakap digital', meanLevel: 3.2, nationalBenchmark: 3.52 },
        { pillar: 'AMAN', name: 'Aman digital', meanLevel: null, nationalBenchmark: 3.12 },
      ],
      { city: 'Kota', national: 'Nasional', format: texts.format },
    );
    expect(config.data.labels).toEqual(['Cakap digital', 'Aman digital']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Kota', [3.2, null]],
      ['Nasional', [3.52, 3.12]],
    ]);
    expect(config.data.datasets[0].backgroundColor).toBe(CITY_COLOUR);
  });
});

describe('complianceConfig', () => {
  it('shows shares as percentages on a 0–100 axis', () => {
    const config = complianceConfig([{ id: '1', label: 'Dinas', value: 0.456, reason: null }], texts);
    expect(config.data.datasets[0].data).toEqual([45.6]);
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
  });
});

describe('predikatConfig', () => {
  it('orders the predikat best first with a colour each', () => {
    const config = predikatConfig(
      [
        { predikat: 'BAIK', count: 60 },
        { predikat: 'SANGAT_BAIK', count: 30 },
      ],
      { value: 'SKP', label: (p) => p },
    );
    expect(config.data.labels).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect(config.data.datasets[0].data).toEqual([30, 60, null, null, null]);
    expect(config.data.datasets[0].backgroundColor).toEqual(Object.values(PREDIKAT_COLOURS));
  });
});
