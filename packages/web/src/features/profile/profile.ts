/**
 * Pure transforms of the employee profile (Profil pegawai): gaps in the order to act on them, the
 * training history as a timeline, JP per year against the 20 JP a year, SKP history, and what a
 * recommended course would close, in plain words. No Vue, no chart.js.
 */
import type {
  CompetencyClosureFieldsFragment as CompetencyClosure,
  CompetencyGapFieldsFragment as CompetencyGap,
  DevelopmentHoursFieldsFragment as DevelopmentHours,
} from '../employee/employee-fragments.generated.ts';
import type {
  EvaluationPeriod,
  PerformanceEvaluationFieldsFragment as PerformanceEvaluation,
  Predikat,
  TrainingRecordFieldsFragment as TrainingRecord,
  TrainingStatus,
} from './profile.generated.ts';

/** JP of development a year every ASN has the right to (PP 17/2020). */
export const JP_TARGET = 20;

/**
 * A day as YYYY-MM-DD. The API promises that shape; some answers have carried milliseconds since
 * 1970 as a string instead, so both are read. Anything else gives null.
 */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if (/^-?\d{9,}$/.test(value)) {
    const date = new Date(Number(value));
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  return null;
}

/** A day in words: "27 November 2026" / "27 November 2026" (en-GB). */
export function formatDay(day: string | null, locale: string): string {
  if (!day) return '–';
  const date = new Date(`${day}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const STATUS_ORDER: Record<CompetencyGap['status'], number> = { BELOW_STANDARD: 0, NO_DATA: 1, MEETS_STANDARD: 2, ABOVE_STANDARD: 3 };

/**
 * The gaps to close, in the order to close them: critical competencies first; then below the
 * standard before never assessed; then the largest weighted gap; then by code. Met and exceeded
 * standards are left out.
 */
export function gapsToClose(gaps: readonly CompetencyGap[]): CompetencyGap[] {
  return gaps
    .filter((g) => g.status === 'BELOW_STANDARD' || g.status === 'NO_DATA')
    .sort(
      (a, b) =>
        Number(b.critical) - Number(a.critical) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (b.gap ?? 0) * b.weight - (a.gap ?? 0) * a.weight ||
        a.competency.code.localeCompare(b.competency.code),
    );
}

export interface GapCounts {
  required: number;
  below: number;
  criticalBelow: number;
  noData: number;
  met: number;
}

/** How many required competencies are below, not assessed, or met (at or above). */
export function countGaps(gaps: readonly CompetencyGap[]): GapCounts {
  return {
    required: gaps.length,
    below: gaps.filter((g) => g.status === 'BELOW_STANDARD').length,
    criticalBelow: gaps.filter((g) => g.status === 'BELOW_STANDARD' && g.critical).length,
    noData: gaps.filter((g) => g.status === 'NO_DATA').length,
    met: gaps.filter((g) => g.status === 'MEETS_STANDARD' || g.status === 'ABOVE_STANDARD').length,
  };
}

export interface JpYear {
  year: number;
  jp: number;
  meetsTarget: boolean;
}

/**
 * JP per year from `from` to `to`, with the years without completed training as 0 (the API leaves
 * them out; for the 20 JP line a year of nothing is a year below it).
 */
export function jpYears(hours: readonly DevelopmentHours[], from: number, to: number): JpYear[] {
  const years: JpYear[] = [];
  for (let year = from; year <= to; year++) {
    const jp = hours.find((h) => h.year === year)?.jp ?? 0;
    years.push({ year, jp, meetsTarget: jp >= JP_TARGET });
  }
  return years;
}

/** The years the JP chart covers: the earliest year with training (at most `span` years back) to this year. */
export function jpYearRange(hours: readonly DevelopmentHours[], thisYear: number, span = 5): [number, number] {
  const earliest = Math.min(thisYear, ...hours.map((h) => h.year));
  return [Math.max(earliest, thisYear - span + 1), thisYear];
}

export interface TimelineEntry {
  id: string;
  title: string;
  provider: string;
  start: string | null;
  end: string | null;
  status: TrainingStatus;
  jp: number;
}

export interface TimelineYear {
  year: number;
  /** JP of the year's completed trainings (by end date, as jpByYear counts them). */
  jp: number;
  entries: TimelineEntry[];
}

/**
 * The training history grouped by year, newest first. A training belongs to the year it ended
 * (the year its JP count for), or the year it starts when it has not ended.
 */
export function trainingTimeline(records: readonly TrainingRecord[]): TimelineYear[] {
  const years = new Map<number, TimelineYear>();
  for (const r of records) {
    const start = isoDay(r.startDate);
    const end = isoDay(r.endDate);
    const day = end ?? start;
    if (!day) continue;
    const year = Number(day.slice(0, 4));
    const entry: TimelineEntry = { id: r.id, title: r.course.title, provider: r.course.provider.name, start, end, status: r.status, jp: r.status === 'COMPLETED' ? r.jpEarned : r.course.jp };
    const group = years.get(year) ?? { year, jp: 0, entries: [] };
    group.entries.push(entry);
    if (r.status === 'COMPLETED') group.jp += r.jpEarned;
    years.set(year, group);
  }
  const byDayDesc = (a: TimelineEntry, b: TimelineEntry) => (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? '');
  return [...years.values()].sort((a, b) => b.year - a.year).map((g) => ({ ...g, entries: g.entries.sort(byDayDesc) }));
}

const PERIOD_ORDER: Record<EvaluationPeriod, number> = { ANNUAL: 0, Q4: 1, Q3: 2, Q2: 3, Q1: 4 };

type SkpEntry = Pick<PerformanceEvaluation, 'year' | 'period' | 'predikat'>;

/** SKP evaluations newest first; in a year the annual one before the quarters (Q4 to Q1). */
export function skpHistory<T extends SkpEntry>(evaluations: readonly T[]): T[] {
  return [...evaluations].sort((a, b) => b.year - a.year || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period]);
}

/** The predikat of the latest annual SKP, or null. */
export function latestAnnualPredikat(evaluations: readonly SkpEntry[]): { year: number; predikat: Predikat } | null {
  const annual = skpHistory(evaluations).find((e) => e.period === 'ANNUAL');
  return annual ? { year: annual.year, predikat: annual.predikat } : null;
}

export interface ClosureTexts {
  /** "Pelatihan ini akan menutup kesenjangan Anda pada {list}." */
  sentence: (list: string) => string;
  /** "{name} (level {from} → {to})" */
  raise: (name: string, from: number, to: number) => string;
  /** "{name} (belum dinilai → level {to})" */
  firstLevel: (name: string, to: number) => string;
}

/**
 * What a course would close, in plain words: "Pelatihan ini akan menutup kesenjangan Anda pada
 * Pelayanan Publik (level 2 → 3) dan Literasi Data (belum dinilai → level 2)." The list is joined
 * the way the language joins lists ("a, b dan c" / "a, b and c").
 */
export function closureSentence(closes: readonly CompetencyClosure[], locale: string, texts: ClosureTexts): string {
  if (closes.length === 0) return '';
  const parts = closes.map((c) => (c.fromLevel === null ? texts.firstLevel(c.name, c.toLevel) : texts.raise(c.name, c.fromLevel, c.toLevel)));
  const list = new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'id-ID', { type: 'conjunction' }).format(parts);
  return texts.sentence(list);
}
