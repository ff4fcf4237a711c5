/**
 * What a course is worth to an employee: the weighted competency gap it would close. Pure, shared
 * by the recommendations and the training planner, and tested on its own.
 *
 * A course develops each linked competency up to its target level (both rules: RAISE_TO_TARGET
 * records the level at once, EVIDENCE_ONLY leaves it to an assessor, but the course aims there
 * either way). Only a gap against the jabatan's standard counts, and only up to the standard:
 * training beyond the required level closes nothing. A competency never assessed counts as level 0
 * for planning (the course still aims to bring the employee to the target), which is the one place
 * "no data" is turned into a number; the recommendation says so.
 */
export interface Requirement {
  competencyId: number;
  required: number;
  /** Current level; null when never assessed. */
  current: number | null;
  weight: number;
}

export interface CourseLink {
  competencyId: number;
  targetLevel: number;
}

export interface Closure {
  competencyId: number;
  from: number | null;
  to: number;
  weightedGapClosed: number;
}

/** The gap closed by one course on an employee whose levels are `levels` (competency → level). */
export function closures(links: CourseLink[], requirements: Map<number, Requirement>, levels: Map<number, number | null>): Closure[] {
  const result: Closure[] = [];
  for (const link of links) {
    const requirement = requirements.get(link.competencyId);
    if (!requirement) continue;
    const from = levels.has(link.competencyId) ? levels.get(link.competencyId)! : requirement.current;
    const to = Math.min(link.targetLevel, requirement.required);
    const closed = to - (from ?? 0);
    if (closed > 0) result.push({ competencyId: link.competencyId, from, to, weightedGapClosed: closed * requirement.weight });
  }
  return result;
}

export const totalClosed = (list: Closure[]) => list.reduce((sum, c) => sum + c.weightedGapClosed, 0);
