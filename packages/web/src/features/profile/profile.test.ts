import { describe, expect, it } from 'vitest';
import { BELOW_COLOUR, MEETS_COLOUR, jpChartConfig, levelChartConfig } from './profile-charts.ts';
import type { CompetencyGapFieldsFragment as CompetencyGap } from '../employee/employee-fragments.generated.ts';
import type { PerformanceEvaluationFieldsFragment as PerformanceEvaluation, TrainingRecordFieldsFragment as TrainingRecord } from './profile.generated.ts';
import {
  closureSentence,
  countGaps,
  formatDay,
  gapsToClose,
  isoDay,
  jpYearRange,
  jpYears,
  latestAnnualPredikat,
  skpHistory,
  trainingTimeline,
} from './profile.ts';

function gap(code: string, status: CompetencyGap['status'], extra: Partial<CompetencyGap> = {}): CompetencyGap {
  const requiredLevel = extra.requiredLevel ?? 3;
  const currentLevel = status === 'NO_DATA' ? null : status === 'BELOW_STANDARD' ? 2 : status === 'MEETS_STANDARD' ? 3 : 4;
  return {
    requiredLevel,
    currentLevel,
    gap: currentLevel === null ? null : requiredLevel - currentLevel,
    status,
    critical: false,
    weight: 1,
    competency: { id: code, code, name: `Kompetensi ${code}`, kind: 'MANAJERIAL' },
    ...extra,
  };
}

describe('isoDay', () => {
  it('keeps YYYY-MM-DD', () => {
    expect(isoDay('2026-11-27')).toBe('2026-11-27');
  });

  it('reads milliseconds since 1970 written as a string', () => {
    expect(isoDay('1712620800000')).toBe('2024-04-09');
  });

  it('gives null for nothing or nonsense', () => {
    expect(isoDay(null)).toBeNull();
    expect(isoDay('')).toBeNull();
    expect(isoDay('kemarin')).toBeNull();
  });
});

describe('formatDay', () => {
  it('writes the day in the interface language', () => {
    expect(formatDay('2026-11-27', 'id')).toBe('27 November 2026');
    expect(formatDay('2026-08-17', 'en')).toBe('17 August 2026');
    expect(formatDay('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDay(null, 'id')).toBe('–');
  });
});

describe('gapsToClose', () => {
  it('puts critical competencies first, then below before not assessed, then the largest weighted gap', () => {
    const gaps = [
      gap('M.01', 'MEETS_STANDARD'),
      gap('M.02', 'NO_DATA'),
      gap('M.03', 'BELOW_STANDARD'),
      gap('M.04', 'BELOW_STANDARD', { requiredLevel: 4, gap: 2, currentLevel: 2 }),
      gap('T.01', 'NO_DATA', { critical: true }),
      gap('T.02', 'BELOW_STANDARD', { critical: true }),
      gap('M.05', 'ABOVE_STANDARD'),
      gap('M.06', 'BELOW_STANDARD', { weight: 3 }),
    ];
    expect(gapsToClose(gaps).map((g) => g.competency.code)).toEqual(['T.02', 'T.01', 'M.06', 'M.04', 'M.03', 'M.02']);
  });

  it('counts by status', () => {
    const gaps = [gap('M.01', 'MEETS_STANDARD'), gap('M.02', 'NO_DATA'), gap('T.02', 'BELOW_STANDARD', { critical: true }), gap('M.05', 'ABOVE_STANDARD')];
    expect(countGaps(gaps)).toEqual({ required: 4, below: 1, criticalBelow: 1, noData: 1, met: 2 });
  });
});

describe('jpYears and jpYearRange', () => {
  const hours = [
    { year: 2024, jp: 40, completedTrainings: 1, meetsTarget: true },
    { year: 2026, jp: 8, completedTrainings: 1, meetsTarget: false },
  ];

  it('fills years without training with 0 JP', () => {
    expect(jpYears(hours, 2024, 2026)).toEqual([
      { year: 2024, jp: 40, meetsTarget: true },
      { year: 2025, jp: 0, meetsTarget: false },
      { year: 2026, jp: 8, meetsTarget: false },
    ]);
  });

  it('starts at the earliest year with training, at most five years back, and ends this year', () => {
    expect(jpYearRange(hours, 2026)).toEqual([2024, 2026]);
    expect(jpYearRange([{ year: 2015, jp: 1, completedTrainings: 1, meetsTarget: false }], 2026)).toEqual([2022, 2026]);
    expect(jpYearRange([], 2026)).toEqual([2026, 2026]);
  });
});

function record(id: string, start: string, end: string | null, status: TrainingRecord['status'], jp = 20): TrainingRecord {
  return {
    id,
    startDate: start,
    endDate: end,
    status,
    jpEarned: status === 'COMPLETED' ? jp : 0,
    course: { id: `c${id}`, code: `C${id}`, title: `Kursus ${id}`, jp, provider: { id: 'p', name: 'BPSDM' } },
  };
}

describe('trainingTimeline', () => {
  it('groups by the year a training ended, newest first, with the JP of completed ones', () => {
    const timeline = trainingTimeline([
      record('1', '2024-04-09', '2024-04-22', 'COMPLETED', 40),
      record('2', '2025-12-29', '2026-01-03', 'COMPLETED', 8),
      record('3', '2026-03-01', '2026-03-02', 'FAILED', 16),
      record('4', '2026-12-01', null, 'PLANNED', 24),
    ]);
    expect(timeline.map((y) => [y.year, y.jp, y.entries.map((e) => e.id)])).toEqual([
      [2026, 8, ['4', '3', '2']],
      [2024, 40, ['1']],
    ]);
    expect(timeline[0].entries[0]).toMatchObject({ status: 'PLANNED', jp: 24, end: null, start: '2026-12-01' });
  });

  it('reads dates sent as milliseconds', () => {
    const timeline = trainingTimeline([record('1', '1712620800000', '1713744000000', 'COMPLETED', 40)]);
    expect(timeline[0]).toMatchObject({ year: 2024, jp: 40 });
    expect(timeline[0].entries[0]).toMatchObject({ start: '2024-04-09', end: '2024-04-22' });
  });

  it('is empty without records', () => {
    expect(trainingTimeline([])).toEqual([]);
  });
});

function skp(year: number, period: PerformanceEvaluation['period'], predikat: PerformanceEvaluation['predikat']): PerformanceEvaluation {
  return { id: `${year}${period}`, year, period, predikat, resultsRating: 'MEETS_EXPECTATION', behaviourRating: 'MEETS_EXPECTATION' };
}

describe('skpHistory and latestAnnualPredikat', () => {
  const evaluations = [skp(2024, 'ANNUAL', 'BAIK'), skp(2025, 'Q1', 'BUTUH_PERBAIKAN'), skp(2025, 'ANNUAL', 'SANGAT_BAIK'), skp(2026, 'Q2', 'BAIK')];

  it('orders newest first, the annual evaluation before the quarters', () => {
    expect(skpHistory(evaluations).map((e) => e.id)).toEqual(['2026Q2', '2025ANNUAL', '2025Q1', '2024ANNUAL']);
  });

  it('finds the latest annual predikat', () => {
    expect(latestAnnualPredikat(evaluations)).toEqual({ year: 2025, predikat: 'SANGAT_BAIK' });
    expect(latestAnnualPredikat([skp(2026, 'Q1', 'BAIK')])).toBeNull();
  });
});

describe('closureSentence', () => {
  const id = {
    sentence: (list: string) => `Pelatihan ini akan menutup kesenjangan Anda pada ${list}.`,
    raise: (name: string, from: number, to: number) => `${name} (level ${from} → ${to})`,
    firstLevel: (name: string, to: number) => `${name} (belum dinilai → level ${to})`,
  };
  const closes = [
    { code: 'M.05', name: 'Pelayanan Publik', fromLevel: 2, toLevel: 3, gapClosed: 1 },
    { code: 'DC.1.1', name: 'Literasi Data', fromLevel: null, toLevel: 2, gapClosed: 2 },
    { code: 'M.01', name: 'Integritas', fromLevel: 1, toLevel: 3, gapClosed: 2 },
  ];

  it('says in plain words what each competency gains, joined the Indonesian way', () => {
    expect(closureSentence(closes.slice(0, 2), 'id', id)).toBe(
      'Pelatihan ini akan menutup kesenjangan Anda pada Pelayanan Publik (level 2 → 3) dan Literasi Data (belum dinilai → level 2).',
    );
    expect(closureSentence(closes, 'id', id)).toBe(
      'Pelatihan ini akan menutup kesenjangan Anda pada Pelayanan Publik (level 2 → 3), Literasi Data (belum dinilai → level 2), dan Integritas (level 1 → 3).',
    );
  });

  it('joins the English way in English', () => {
    const en = { ...id, sentence: (list: string) => `This course would close your gaps in ${list}.` };
    expect(closureSentence(closes.slice(0, 2), 'en', en)).toBe('This course would close your gaps in Pelayanan Publik (level 2 → 3) and Literasi Data (belum dinilai → level 2).');
  });

  it('is empty when the course closes nothing', () => {
    expect(closureSentence([], 'id', id)).toBe('');
  });
});

describe('levelChartConfig', () => {
  const gaps = [gap('M.01', 'BELOW_STANDARD', { critical: true }), gap('M.02', 'NO_DATA')];
  const config = levelChartConfig(gaps, { current: 'Level saat ini', required: 'Standar jabatan', axis: 'Level', notAssessed: 'belum dinilai' });

  it('labels competencies by code, critical ones starred', () => {
    expect(config.data.labels).toEqual(['M.01 ★', 'M.02']);
  });

  it('has the current level (null when not assessed) beside the required level', () => {
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Level saat ini', [2, null]],
      ['Standar jabatan', [3, 3]],
    ]);
  });
});

describe('jpChartConfig', () => {
  const config = jpChartConfig(
    [
      { year: 2025, jp: 8, meetsTarget: false },
      { year: 2026, jp: 24, meetsTarget: true },
    ],
    { jp: 'JP', target: 'Target 20 JP' },
  );

  it('colours bars by the target and draws the 20 JP line', () => {
    const [bars, line] = config.data.datasets;
    expect(bars.data).toEqual([8, 24]);
    expect(bars.backgroundColor).toEqual([BELOW_COLOUR, MEETS_COLOUR]);
    expect(line.type).toBe('line');
    expect(line.data).toEqual([20, 20]);
  });
});
