/**
 * What a supervisor should do for each report, derived from the report's record. Pure. The rules
 * follow the talent matrix of the API (recognition: SKP Sangat Baik or boxes 7–9; coaching: SKP
 * Butuh Perbaikan, Kurang or Sangat Kurang) and the right to 20 JP a year (PP 17/2020).
 */
import { JP_TARGET, countGaps, gapsToClose, latestAnnualPredikat, type GapCounts } from '../profile/profile.ts';
import type { CompetencyClosureFieldsFragment as CompetencyClosure } from '../employee/employee-fragments.generated.ts';
import { employeeLabel } from '../../lib/withheld-identity.ts';
import type { Predikat, TeamMemberFragment as TeamMember } from './team.generated.ts';

export const ACTION_KINDS = ['COACHING', 'TRAINING', 'JP', 'ASSESSMENT', 'RECOGNITION'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

const COACHING_PREDIKATS: readonly Predikat[] = ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

export type TeamAction =
  | { kind: 'COACHING'; predikat: Predikat; year: number }
  /** A course to propose and what it closes; `course` null when no course in the catalogue helps. */
  | { kind: 'TRAINING'; below: number; criticalBelow: number; course: { title: string; jp: number } | null; closes: CompetencyClosure[] }
  | { kind: 'JP'; jp: number; missing: number; year: number }
  | { kind: 'ASSESSMENT'; notAssessed: number; codes: string[] }
  | { kind: 'RECOGNITION'; predikat: Predikat | null; year: number | null; box: number | null };

/**
 * The actions for one report, in the order to take them: coaching, training for gaps, the 20 JP,
 * assessments of competencies never assessed, recognition. A report can have none.
 */
export function recommendActions(member: TeamMember, thisYear: number): TeamAction[] {
  const actions: TeamAction[] = [];
  const skp = latestAnnualPredikat(member.performanceEvaluations);
  const counts = countGaps(member.competencyGaps);
  const box = member.talentBox?.box ?? null;

  if (skp && COACHING_PREDIKATS.includes(skp.predikat)) actions.push({ kind: 'COACHING', predikat: skp.predikat, year: skp.year });
  if (counts.below > 0) {
    const best = member.recommendedCourses[0];
    actions.push({
      kind: 'TRAINING',
      below: counts.below,
      criticalBelow: counts.criticalBelow,
      course: best ? { title: best.course.title, jp: best.course.jp } : null,
      closes: best?.closes ?? [],
    });
  }
  const jp = jpInYear(member, thisYear);
  if (jp < JP_TARGET) actions.push({ kind: 'JP', jp, missing: JP_TARGET - jp, year: thisYear });
  if (counts.noData > 0) {
    const codes = gapsToClose(member.competencyGaps)
      .filter((g) => g.status === 'NO_DATA')
      .map((g) => g.competency.code);
    actions.push({ kind: 'ASSESSMENT', notAssessed: counts.noData, codes });
  }
  if ((skp && skp.predikat === 'SANGAT_BAIK') || (box !== null && box >= 7)) {
    actions.push({ kind: 'RECOGNITION', predikat: skp?.predikat ?? null, year: skp?.year ?? null, box });
  }
  return actions;
}

/** JP of completed training in the year (0 when the year has none). */
export function jpInYear(member: Pick<TeamMember, 'jpByYear'>, year: number): number {
  return member.jpByYear.find((h) => h.year === year)?.jp ?? 0;
}

export interface TeamRow {
  member: TeamMember;
  counts: GapCounts;
  jp: number;
  predikat: { year: number; predikat: Predikat } | null;
  actions: TeamAction[];
}

/** One row per report: the gaps at a glance, this year's JP, the latest SKP and the actions. */
export function toTeamRows(members: readonly TeamMember[], thisYear: number): TeamRow[] {
  return members.map((member) => ({
    member,
    counts: countGaps(member.competencyGaps),
    jp: jpInYear(member, thisYear),
    predikat: latestAnnualPredikat(member.performanceEvaluations),
    actions: recommendActions(member, thisYear),
  }));
}

export interface TeamSummary {
  members: number;
  /** Reports below the standard on at least one competency. */
  withGaps: number;
  /** Reports below the standard on a critical competency. */
  withCriticalGaps: number;
  /** Reports under 20 JP this year, fewest JP first. */
  lackingJp: TeamRow[];
  /** The reports each kind of action concerns, in ACTION_KINDS order; kinds nobody needs are left out. */
  actions: { kind: ActionKind; rows: TeamRow[] }[];
}

export function teamSummary(rows: readonly TeamRow[]): TeamSummary {
  return {
    members: rows.length,
    withGaps: rows.filter((r) => r.counts.below > 0).length,
    withCriticalGaps: rows.filter((r) => r.counts.criticalBelow > 0).length,
    lackingJp: rows.filter((r) => r.jp < JP_TARGET).sort((a, b) => a.jp - b.jp || employeeLabel(a.member).localeCompare(employeeLabel(b.member))),
    actions: ACTION_KINDS.map((kind) => ({ kind, rows: rows.filter((r) => r.actions.some((a) => a.kind === kind)) })).filter((g) => g.rows.length > 0),
  };
}

/** Reports that need the most attention first: critical gaps, then gaps, then fewest JP, then name. */
export function sortTeamRows(rows: readonly TeamRow[]): TeamRow[] {
  return [...rows].sort(
    (a, b) =>
      b.counts.criticalBelow - a.counts.criticalBelow ||
      b.counts.below - a.counts.below ||
      a.jp - b.jp ||
      employeeLabel(a.member).localeCompare(employeeLabel(b.member)),
  );
}
