import { describe, expect, it } from 'vitest';
import { toHeatmapMatrix } from '../../shared/heatmap/heatmap-matrix.ts';
import { closedShare, formatPercent, formatWeightedGap, isEmptyPlanHeatmap, planByCourse, planHeatmapAnswer, rankUnitNeeds, sharedPlanScale } from './training-plan.ts';
import type { PlanHeatmapFieldsFragment as PlanHeatmap, PlannedTrainingFieldsFragment as PlannedTraining, TrainingNeedFieldsFragment as TrainingNeed, TrainingNeedsOfUnitFragment as UnitTrainingNeeds } from './training.generated.ts';

function need(code: string, totalWeightedGap: number | null): TrainingNeed {
  return { code, name: code, totalWeightedGap, employeesBelow: totalWeightedGap === null ? null : 3, employeesAssessed: 9, reason: totalWeightedGap === null ? 'SUPPRESSED' : null, courses: [] };
}

function unit(id: string, ...needs: TrainingNeed[]): UnitTrainingNeeds {
  return { unit: { id, label: `Unit ${id}`, kind: null }, needs };
}

describe('rankUnitNeeds', () => {
  it('puts the unit with the largest total first and withheld units last', () => {
    const ranked = rankUnitNeeds([unit('a', need('M.01', 5)), unit('b', need('M.01', null)), unit('c', need('M.01', 4), need('M.02', 3)), unit('d')]);
    expect(ranked.map((r) => [r.unit.id, r.totalWeightedGap])).toEqual([
      ['c', 7],
      ['a', 5],
      ['b', null],
      ['d', null],
    ]);
  });

  it('keeps the API order on ties', () => {
    expect(rankUnitNeeds([unit('x', need('M.01', 2)), unit('y', need('M.01', 2))]).map((r) => r.unit.id)).toEqual(['x', 'y']);
  });

  it('counts the known figures of a partly withheld unit', () => {
    expect(rankUnitNeeds([unit('a', need('M.01', 2), need('M.02', null))])[0].totalWeightedGap).toBe(2);
  });
});

const before: PlanHeatmap = {
  rows: [
    { id: '64', label: 'Sekretariat', group: 'BAGIAN' },
    { id: '82', label: 'Puskesmas Dempo', group: 'PUSKESMAS' },
  ],
  columns: [
    { id: 'M.01', label: 'Integritas', group: null },
    { id: 'DC.1.1', label: 'Penelusuran', group: null },
  ],
  values: [1, 0.5, null, -0.5],
  counts: [10, 30, 2, 10],
  reasons: [null, null, 'SUPPRESSED', null],
};
const after: PlanHeatmap = { ...before, values: [0.25, 0, null, -1.5] };

describe('planHeatmapAnswer', () => {
  const answer = planHeatmapAnswer(before, '2026-11-27');

  it('is a MEAN_GAP heatmap the heatmap feature can draw', () => {
    expect(answer.metric).toBe('MEAN_GAP');
    const matrix = toHeatmapMatrix(answer);
    expect(matrix.rows.map((r) => r.label)).toEqual(['Sekretariat', 'Puskesmas Dempo']);
    expect(matrix.cells[2]).toMatchObject({ rowId: '82', columnId: 'M.01', value: null, reason: 'SUPPRESSED' });
  });

  it('sums rows up as count-weighted means, leaving withheld cells out', () => {
    // Row 1: (1·10 + 0.5·30) / 40; row 2: only the second cell.
    expect(answer.rowSummary.values).toEqual([0.625, -0.5]);
    expect(answer.rowSummary.counts).toEqual([40, 10]);
  });

  it('sums columns up the same way', () => {
    // Column 1: only the first row (the second is withheld); column 2: (0.5·30 − 0.5·10) / 40.
    expect(answer.columnSummary.values).toEqual([1, 0.25]);
    expect(answer.columnSummary.counts).toEqual([10, 40]);
  });

  it('marks a row with nothing behind it as no data', () => {
    const empty = planHeatmapAnswer({ ...before, values: [null, null, null, null] }, '2026-11-27');
    expect(empty.rowSummary.values).toEqual([null, null]);
    expect(empty.rowSummary.reasons).toEqual(['NO_DATA', 'NO_DATA']);
  });
});

describe('sharedPlanScale', () => {
  it('covers the values of both heatmaps symmetrically', () => {
    const scale = sharedPlanScale(before, after);
    expect(scale.kind).toBe('diverging');
    expect(scale.min).toBe(-1.5);
    expect(scale.max).toBe(1.5);
  });
});

describe('isEmptyPlanHeatmap', () => {
  it('is empty without rows, columns or values', () => {
    expect(isEmptyPlanHeatmap(before)).toBe(false);
    expect(isEmptyPlanHeatmap({ ...before, rows: [] })).toBe(true);
    expect(isEmptyPlanHeatmap({ ...before, values: [null, null, null, null] })).toBe(true);
  });
});

function assignment(employeeId: string, courseId: string, jp: number, gapClosed: number, codes: string[]): PlannedTraining {
  return {
    gapClosed,
    employee: { id: employeeId, name: `Pegawai ${employeeId}`, nip: '199001012015012001', pseudonym: `P-${employeeId}`, position: { id: 'p', name: 'Staf' }, workUnit: { id: 'u', name: 'Unit' } },
    course: { id: courseId, code: `C-${courseId}`, title: `Kursus ${courseId}`, jp },
    closes: codes.map((code) => ({ code, name: code, fromLevel: 1, toLevel: 2, gapClosed: 1 })),
  };
}

describe('planByCourse', () => {
  it('adds up participants, JP and gap per course, most participants first', () => {
    const lines = planByCourse([
      assignment('1', 'a', 20, 1, ['M.01']),
      assignment('2', 'b', 8, 2, ['DC.1.1']),
      assignment('3', 'b', 8, 1.5, ['DC.1.1', 'DC.2.1']),
    ]);
    expect(lines).toEqual([
      { courseId: 'b', code: 'C-b', title: 'Kursus b', jp: 8, participants: 2, totalJp: 16, gapClosed: 3.5, competencies: ['DC.1.1', 'DC.2.1'] },
      { courseId: 'a', code: 'C-a', title: 'Kursus a', jp: 20, participants: 1, totalJp: 20, gapClosed: 1, competencies: ['M.01'] },
    ]);
  });

  it('is empty for an empty plan', () => {
    expect(planByCourse([])).toEqual([]);
  });
});

describe('closedShare', () => {
  it('is the share of the gap closed, or null without a gap', () => {
    expect(closedShare(25, 100)).toBe(0.25);
    expect(closedShare(0, 0)).toBeNull();
  });
});

describe('formatWeightedGap and formatPercent', () => {
  it('write numbers the Indonesian or English way', () => {
    expect(formatWeightedGap(1234.56, 'id')).toBe('1.234,6');
    expect(formatWeightedGap(1234.56, 'en')).toBe('1,234.6');
    expect(formatPercent(0.079, 'id')).toBe('7,9%');
    expect(formatPercent(0.079, 'en')).toBe('7.9%');
  });
});
