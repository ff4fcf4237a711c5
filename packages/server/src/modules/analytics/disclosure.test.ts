import { describe, expect, it } from 'vitest';
import { CITY, decideDisclosure, type LatticeUnit } from './disclosure.js';

const k = 5;
const city: LatticeUnit = { id: CITY, parent: null, depth: 0 };
const unit = (id: string, parent = CITY, depth = 1): LatticeUnit => ({ id, parent, depth });

describe('decideDisclosure', () => {
  it('withholds a group of 1..k-1 and, when it is alone, the smallest published part beside it', () => {
    // Status partition of one unit: PNS 10, PPPK 7, CPNS 1. The city total minus PNS and PPPK would be the one CPNS.
    const d = decideDisclosure([city], [
      { unit: CITY, values: ['PNS'], count: 10 },
      { unit: CITY, values: ['PPPK'], count: 7 },
      { unit: CITY, values: ['CPNS'], count: 1 },
    ], k);
    expect(d.withheld(CITY, [null])).toBe(false);
    expect(d.withheld(CITY, ['CPNS'])).toBe(true);
    expect(d.withheld(CITY, ['PPPK'])).toBe(true);
    expect(d.withheld(CITY, ['PNS'])).toBe(false);
    expect(d.count(CITY, [null])).toBe(18);
  });

  it('counts the people working directly in a unit as a part that is never published', () => {
    // A has 12 employees: 6 in A1, 4 in A2 (withheld), 2 directly in A: together 6 ≥ k, nothing more to withhold.
    const units = [city, unit('A'), unit('A1', 'A', 2), unit('A2', 'A', 2)];
    const counts = (a2: number, direct: number) => [
      { unit: CITY, values: [], count: 6 + a2 + direct },
      { unit: 'A', values: [], count: 6 + a2 + direct },
      { unit: 'A1', values: [], count: 6 },
      { unit: 'A2', values: [], count: a2 },
    ];
    let d = decideDisclosure(units, counts(4, 2), k);
    expect([d.withheld('A', []), d.withheld('A1', []), d.withheld('A2', [])]).toEqual([false, false, true]);
    // 6 in A2, 1 directly in A: A − A1 − A2 would be that one person, so A1 (the smaller) goes too.
    d = decideDisclosure(units, counts(7, 1), k);
    expect([d.withheld('A', []), d.withheld('A1', []), d.withheld('A2', [])]).toEqual([false, true, false]);
  });

  it('withholds everything below a withheld whole, and nothing for a group of nobody', () => {
    const units = [city, unit('A'), unit('A1', 'A', 2)];
    const d = decideDisclosure(units, [
      { unit: CITY, values: ['X'], count: 3 },
      { unit: 'A', values: ['X'], count: 3 },
      { unit: 'A1', values: ['X'], count: 3 },
    ], k);
    expect(d.withheld('A1', [null])).toBe(true);
    expect(d.withheld('A1', ['Y'])).toBe(false);
    expect(d.count('A1', ['Y'])).toBe(0);
  });

  it('decides a node the same way whichever other sub-trees the lattice holds', () => {
    const base = [city, unit('A'), unit('B')];
    const finest = [
      { unit: CITY, values: ['PNS'], count: 20 },
      { unit: CITY, values: ['PPPK'], count: 3 },
      { unit: 'A', values: ['PNS'], count: 12 },
      { unit: 'A', values: ['PPPK'], count: 1 },
      { unit: 'B', values: ['PNS'], count: 8 },
      { unit: 'B', values: ['PPPK'], count: 2 },
    ];
    const small = decideDisclosure(base, finest, k);
    const large = decideDisclosure([...base, unit('A1', 'A', 2)], [...finest, { unit: 'A1', values: ['PNS'], count: 4 }], k);
    for (const u of [CITY, 'A', 'B']) for (const s of [null, 'PNS', 'PPPK']) expect(large.withheld(u, [s])).toBe(small.withheld(u, [s]));
  });
});
