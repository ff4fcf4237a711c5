import { describe, expect, it } from 'vitest';
import { PositionKind } from '../position/position.entity.js';
import { categoryOf, scoreProfessionalism } from './professionalism.js';

const none = { leadershipCodes: [], functionalCount: 0, technicalJpRecent: 0, seminarsRecent: 0 };

describe('the kompetensi dimension of the Indeks Profesionalitas (rules in reference/professionalism.ts)', () => {
  it('a pengawas with PKP, 24 JP technical and a seminar has all 40 points', () => {
    const r = scoreProfessionalism({ ...none, kind: PositionKind.PENGAWAS, leadershipCodes: ['PKP'], technicalJpRecent: 24, seminarsRecent: 1 });
    expect(r).toMatchObject({ score: 40, fulfilment: 1, category: 'SANGAT_TINGGI' });
  });

  it('leadership training must match the jabatan (a lower one does not count)', () => {
    expect(scoreProfessionalism({ ...none, kind: PositionKind.ADMINISTRATOR, leadershipCodes: ['PKP'] }).score).toBe(0);
    expect(scoreProfessionalism({ ...none, kind: PositionKind.ADMINISTRATOR, leadershipCodes: ['PKN-II'] }).score).toBe(25);
  });

  it('a functional employee scores functional training; a pelaksana scores technical training most', () => {
    expect(scoreProfessionalism({ ...none, kind: PositionKind.FUNGSIONAL_AHLI_MUDA, functionalCount: 1, technicalJpRecent: 19 })).toMatchObject({ score: 25, fulfilment: 0.625, category: 'RENDAH' });
    expect(scoreProfessionalism({ ...none, kind: PositionKind.PELAKSANA, technicalJpRecent: 20 })).toMatchObject({ score: 35, fulfilment: 0.875, category: 'TINGGI' });
  });

  it.each([
    [1, 'SANGAT_TINGGI'],
    [0.91, 'SANGAT_TINGGI'],
    [0.9, 'TINGGI'],
    [0.81, 'TINGGI'],
    [0.8, 'SEDANG'],
    [0.71, 'SEDANG'],
    [0.7, 'RENDAH'],
    [0.61, 'RENDAH'],
    [0.6, 'SANGAT_RENDAH'],
    [0, 'SANGAT_RENDAH'],
  ])('fulfilment %s is %s', (fulfilment, category) => {
    expect(categoryOf(fulfilment)).toBe(category);
  });
});
