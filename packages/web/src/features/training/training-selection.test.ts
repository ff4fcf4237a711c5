import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAINING_SELECTION,
  parseTrainingQuery,
  parseWholeNumber,
  scopeUnitId,
  toPlanInput,
  toTrainingQuery,
  type TrainingSelection,
} from './training-selection.ts';

describe('parseTrainingQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseTrainingQuery({})).toEqual(DEFAULT_TRAINING_SELECTION);
  });

  it('reads every choice', () => {
    expect(parseTrainingQuery({ unit: '63', sub: '75', kind: 'DIGITAL', jp: '24', seats: '30', plan: '1' })).toEqual<TrainingSelection>({
      unitId: '63',
      subUnitId: '75',
      competencyKind: 'DIGITAL',
      jpBudget: 24,
      seatsPerCourse: 30,
      plan: true,
    });
  });

  it.each([
    [{ jp: '0' }, 'jpBudget', 40],
    [{ jp: '1001' }, 'jpBudget', 40],
    [{ jp: '12.5' }, 'jpBudget', 40],
    [{ jp: '-3' }, 'jpBudget', 40],
    [{ seats: 'banyak' }, 'seatsPerCourse', null],
    [{ kind: 'SIHIR' }, 'competencyKind', null],
    [{ unit: '63; drop table' }, 'unitId', null],
  ] as const)('falls back on a malformed value %o', (query, key, expected) => {
    expect(parseTrainingQuery(query)[key]).toBe(expected);
  });

  it('ignores a sub-unit without a unit, and the planner without a unit', () => {
    expect(parseTrainingQuery({ sub: '75', plan: '1' })).toEqual(DEFAULT_TRAINING_SELECTION);
  });
});

describe('toTrainingQuery', () => {
  it('leaves defaults out', () => {
    expect(toTrainingQuery(DEFAULT_TRAINING_SELECTION)).toEqual({});
  });

  it('round-trips a full selection', () => {
    const selection: TrainingSelection = { unitId: '63', subUnitId: '75', competencyKind: 'TEKNIS', jpBudget: 80, seatsPerCourse: 25, plan: true };
    expect(parseTrainingQuery(toTrainingQuery(selection))).toEqual(selection);
  });
});

describe('parseWholeNumber', () => {
  it('accepts whole numbers in range, with spaces around', () => {
    expect(parseWholeNumber(' 20 ', 1, 1000)).toBe(20);
    expect(parseWholeNumber('1', 1, 1000)).toBe(1);
    expect(parseWholeNumber('1000', 1, 1000)).toBe(1000);
  });

  it('refuses the rest', () => {
    expect(parseWholeNumber(undefined, 1, 10)).toBeUndefined();
    expect(parseWholeNumber('', 1, 10)).toBeUndefined();
    expect(parseWholeNumber('1e3', 1, 10000)).toBeUndefined();
    expect(parseWholeNumber('11', 1, 10)).toBeUndefined();
  });
});

describe('toPlanInput', () => {
  it('is null without a unit', () => {
    expect(toPlanInput(DEFAULT_TRAINING_SELECTION)).toBeNull();
  });

  it('plans for the sub-unit when one is chosen, and leaves unset options out', () => {
    const selection = { ...DEFAULT_TRAINING_SELECTION, unitId: '63', subUnitId: '75' };
    expect(scopeUnitId(selection)).toBe('75');
    expect(toPlanInput(selection)).toEqual({ workUnitId: '75', jpBudgetPerEmployee: 40 });
  });

  it('passes seats and the competency type', () => {
    const selection = { ...DEFAULT_TRAINING_SELECTION, unitId: '63', competencyKind: 'DIGITAL' as const, seatsPerCourse: 25 };
    expect(toPlanInput(selection)).toEqual({ workUnitId: '63', jpBudgetPerEmployee: 40, seatsPerCourse: 25, competencyKind: 'DIGITAL' });
  });
});
