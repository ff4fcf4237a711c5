/**
 * The choices of the training-needs page and their home in the URL query string
 * (`?unit=63&sub=75&kind=DIGITAL&jp=40&seats=25&plan=1`), so a plan can be bookmarked and shared.
 * Pure: no Vue, no router.
 */
import { COMPETENCY_KINDS, type CompetencyKind } from '../../shared/domain/competency.ts';
import type { QueryParams } from '../../lib/query-params.ts';

export const DEFAULT_JP_BUDGET = 40;
/** The API accepts 1–1000 JP per employee. */
export const MAX_JP_BUDGET = 1000;
export const MAX_SEATS = 10_000;

export interface TrainingSelection {
  /** A top-level unit (OPD or kecamatan); null: the whole city (needs only, the planner needs a unit). */
  unitId: string | null;
  /** A unit directly below `unitId`, to narrow the scope; null: the whole of `unitId`. */
  subUnitId: string | null;
  /** Only competencies of this type; null: every type. */
  competencyKind: CompetencyKind | null;
  /** JP each employee may spend in the plan. */
  jpBudget: number;
  /** Seats in each course; null: as many as needed. */
  seatsPerCourse: number | null;
  /** Whether the planner has been asked to run (it is the expensive part of the page). */
  plan: boolean;
}

export const DEFAULT_TRAINING_SELECTION: Readonly<TrainingSelection> = {
  unitId: null,
  subUnitId: null,
  competencyKind: null,
  jpBudget: DEFAULT_JP_BUDGET,
  seatsPerCourse: null,
  plan: false,
};

const UNIT_ID = /^[\w-]{1,40}$/;

function first(value: QueryParams[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? undefined;
}

/** A whole number within [min, max] written in decimal digits, or undefined. */
export function parseWholeNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : undefined;
}

/** Reads the selection; malformed values fall back to the defaults, a sub-unit needs a unit. */
export function parseTrainingQuery(query: QueryParams): TrainingSelection {
  const unit = first(query.unit);
  const sub = first(query.sub);
  const kind = first(query.kind);
  const unitId = unit && UNIT_ID.test(unit) ? unit : null;
  return {
    unitId,
    subUnitId: unitId && sub && UNIT_ID.test(sub) ? sub : null,
    competencyKind: COMPETENCY_KINDS.includes(kind as CompetencyKind) ? (kind as CompetencyKind) : null,
    jpBudget: parseWholeNumber(first(query.jp), 1, MAX_JP_BUDGET) ?? DEFAULT_JP_BUDGET,
    seatsPerCourse: parseWholeNumber(first(query.seats), 1, MAX_SEATS) ?? null,
    plan: unitId !== null && first(query.plan) === '1',
  };
}

/** Writes the selection, leaving out defaults so that URLs stay short. */
export function toTrainingQuery(selection: TrainingSelection): Record<string, string> {
  const query: Record<string, string> = {};
  if (selection.unitId) query.unit = selection.unitId;
  if (selection.unitId && selection.subUnitId) query.sub = selection.subUnitId;
  if (selection.competencyKind) query.kind = selection.competencyKind;
  if (selection.jpBudget !== DEFAULT_JP_BUDGET) query.jp = String(selection.jpBudget);
  if (selection.seatsPerCourse !== null) query.seats = String(selection.seatsPerCourse);
  if (selection.plan && selection.unitId) query.plan = '1';
  return query;
}

/** The unit the page is about: the sub-unit when one is chosen; null for the whole city. */
export function scopeUnitId(selection: TrainingSelection): string | null {
  return selection.subUnitId ?? selection.unitId;
}

/** The API's PlanTrainingInput for the selection, or null while no unit is chosen. */
export interface PlanTrainingInput {
  workUnitId: string;
  jpBudgetPerEmployee: number;
  seatsPerCourse?: number;
  competencyKind?: CompetencyKind;
}

export function toPlanInput(selection: TrainingSelection): PlanTrainingInput | null {
  const workUnitId = scopeUnitId(selection);
  if (!workUnitId) return null;
  return {
    workUnitId,
    jpBudgetPerEmployee: selection.jpBudget,
    ...(selection.seatsPerCourse !== null ? { seatsPerCourse: selection.seatsPerCourse } : {}),
    ...(selection.competencyKind ? { competencyKind: selection.competencyKind } : {}),
  };
}
