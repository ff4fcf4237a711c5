import { describe, expect, it } from 'vitest';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import { jpInYear, recommendActions, sortTeamRows, teamSummary, toTeamRows } from './team-actions.ts';
import type { TeamMemberFragment as TeamMember } from './team.generated.ts';

function gap(code: string, status: CompetencyGap['status'], critical = false): CompetencyGap {
  const currentLevel = status === 'NO_DATA' ? null : status === 'BELOW_STANDARD' ? 2 : 3;
  return { requiredLevel: 3, currentLevel, gap: currentLevel === null ? null : 3 - currentLevel, status, critical, weight: 1, competency: { id: code, code, name: code, kind: 'MANAJERIAL' } };
}

function member(id: string, extra: Partial<TeamMember> = {}): TeamMember {
  return {
    id,
    name: `Pegawai ${id}`,
    nip: '199001012015012001',
    pseudonym: `P-${id}`,
    position: { id: 'p', name: 'Analis', kind: 'PELAKSANA' },
    workUnit: { id: 'u', name: 'Seksi' },
    positionKind: 'PELAKSANA',
    topWorkUnit: { id: 't', name: 'Dinas' },
    competencyGaps: [gap('M.01', 'MEETS_STANDARD')],
    jpByYear: [{ year: 2026, jp: 24, completedTrainings: 1, meetsTarget: true }],
    performanceEvaluations: [{ id: 'e', year: 2025, period: 'ANNUAL', predikat: 'BAIK' }],
    talentBox: { box: 5 },
    recommendedCourses: [],
    ...extra,
  };
}

const course: TeamMember['recommendedCourses'][number] = {
  gapClosed: 1,
  gapClosedPerJp: 0.05,
  course: { id: 'c', code: 'C', title: 'Pelayanan Prima', jp: 20, mode: 'KLASIKAL', provider: { id: 'p', name: 'BPSDM' } },
  closes: [{ code: 'M.05', name: 'Pelayanan Publik', fromLevel: 2, toLevel: 3, gapClosed: 1 }],
};

describe('recommendActions', () => {
  it('asks nothing of a report who meets every standard, has 20 JP and a good SKP', () => {
    expect(recommendActions(member('1'), 2026)).toEqual([]);
  });

  it('proposes the best course for a report below the standard', () => {
    const actions = recommendActions(member('1', { competencyGaps: [gap('M.05', 'BELOW_STANDARD', true), gap('M.01', 'BELOW_STANDARD')], recommendedCourses: [course] }), 2026);
    expect(actions).toEqual([{ kind: 'TRAINING', below: 2, criticalBelow: 1, course: { title: 'Pelayanan Prima', jp: 20 }, closes: course.closes }]);
  });

  it('still says training is needed when no course in the catalogue helps', () => {
    expect(recommendActions(member('1', { competencyGaps: [gap('M.05', 'BELOW_STANDARD')] }), 2026)[0]).toMatchObject({ kind: 'TRAINING', course: null, closes: [] });
  });

  it('flags a report short of 20 JP this year, counting a year without training as 0', () => {
    expect(recommendActions(member('1', { jpByYear: [{ year: 2026, jp: 8, completedTrainings: 1, meetsTarget: false }] }), 2026)).toEqual([{ kind: 'JP', jp: 8, missing: 12, year: 2026 }]);
    expect(recommendActions(member('1', { jpByYear: [{ year: 2025, jp: 40, completedTrainings: 2, meetsTarget: true }] }), 2026)).toEqual([{ kind: 'JP', jp: 0, missing: 20, year: 2026 }]);
  });

  it('asks for assessments of competencies never assessed', () => {
    expect(recommendActions(member('1', { competencyGaps: [gap('M.02', 'NO_DATA'), gap('T.01', 'NO_DATA', true)] }), 2026)).toEqual([
      { kind: 'ASSESSMENT', notAssessed: 2, codes: ['T.01', 'M.02'] },
    ]);
  });

  it.each(['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const)('proposes coaching after an annual SKP %s', (predikat) => {
    const actions = recommendActions(member('1', { performanceEvaluations: [{ id: 'e', year: 2025, period: 'ANNUAL', predikat }] }), 2026);
    expect(actions).toEqual([{ kind: 'COACHING', predikat, year: 2025 }]);
  });

  it('looks at the latest annual SKP only, not the quarters', () => {
    const evaluations = [
      { id: 'a', year: 2024, period: 'ANNUAL' as const, predikat: 'BUTUH_PERBAIKAN' as const },
      { id: 'b', year: 2025, period: 'ANNUAL' as const, predikat: 'BAIK' as const },
      { id: 'c', year: 2026, period: 'Q2' as const, predikat: 'KURANG' as const },
    ];
    expect(recommendActions(member('1', { performanceEvaluations: evaluations }), 2026)).toEqual([]);
  });

  it('proposes recognition for Sangat Baik or boxes 7–9', () => {
    expect(recommendActions(member('1', { performanceEvaluations: [{ id: 'e', year: 2025, period: 'ANNUAL', predikat: 'SANGAT_BAIK' }] }), 2026)).toEqual([
      { kind: 'RECOGNITION', predikat: 'SANGAT_BAIK', year: 2025, box: 5 },
    ]);
    expect(recommendActions(member('1', { talentBox: { box: 7 } }), 2026)).toEqual([{ kind: 'RECOGNITION', predikat: 'BAIK', year: 2025, box: 7 }]);
    expect(recommendActions(member('1', { talentBox: { box: 6 } }), 2026)).toEqual([]);
  });

  it('orders the actions coaching, training, JP, assessment, recognition', () => {
    const actions = recommendActions(
      member('1', {
        competencyGaps: [gap('M.05', 'BELOW_STANDARD'), gap('M.02', 'NO_DATA')],
        jpByYear: [],
        performanceEvaluations: [{ id: 'e', year: 2025, period: 'ANNUAL', predikat: 'BUTUH_PERBAIKAN' }],
        talentBox: { box: 7 },
      }),
      2026,
    );
    expect(actions.map((a) => a.kind)).toEqual(['COACHING', 'TRAINING', 'JP', 'ASSESSMENT', 'RECOGNITION']);
  });
});

describe('jpInYear', () => {
  it('is 0 for a year without training', () => {
    expect(jpInYear({ jpByYear: [] }, 2026)).toBe(0);
  });
});

describe('teamSummary and sortTeamRows', () => {
  const rows = toTeamRows(
    [
      member('a', { name: 'Budi' }),
      member('b', { name: 'Ani', competencyGaps: [gap('M.05', 'BELOW_STANDARD')], jpByYear: [{ year: 2026, jp: 8, completedTrainings: 1, meetsTarget: false }] }),
      member('c', { name: 'Citra', competencyGaps: [gap('T.01', 'BELOW_STANDARD', true)], jpByYear: [] }),
      member('d', { name: 'Dewi', talentBox: { box: 9 } }),
    ],
    2026,
  );

  it('counts gaps and lists who lacks 20 JP, fewest first', () => {
    const summary = teamSummary(rows);
    expect(summary).toMatchObject({ members: 4, withGaps: 2, withCriticalGaps: 1 });
    expect(summary.lackingJp.map((r) => [r.member.name, r.jp])).toEqual([
      ['Citra', 0],
      ['Ani', 8],
    ]);
  });

  it('groups the reports by action, leaving out actions nobody needs', () => {
    expect(teamSummary(rows).actions.map((g) => [g.kind, g.rows.map((r) => r.member.name)])).toEqual([
      ['TRAINING', ['Ani', 'Citra']],
      ['JP', ['Ani', 'Citra']],
      ['RECOGNITION', ['Dewi']],
    ]);
  });

  it('puts critical gaps first, then gaps, then fewest JP, then name', () => {
    expect(sortTeamRows(rows).map((r) => r.member.name)).toEqual(['Citra', 'Ani', 'Budi', 'Dewi']);
  });

  it('is empty for a team of nobody', () => {
    expect(teamSummary([])).toEqual({ members: 0, withGaps: 0, withCriticalGaps: 0, lackingJp: [], actions: [] });
  });
});
