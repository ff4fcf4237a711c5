import { describe, expect, it } from 'vitest';
import { Random } from '../../db/seed/random.js';
import { planTrainingExhaustive, planTrainingGreedy, type PlannerCourse, type PlannerEmployee } from './training-planner.js';
import { closures } from './training-value.js';

function randomCase(seed: number): { employees: PlannerEmployee[]; courses: PlannerCourse[]; budget: number } {
  const rng = new Random(seed, 'planner-case');
  const competencies = [1, 2, 3, 4, 5];
  const employees: PlannerEmployee[] = Array.from({ length: 3 }, (_, i) => ({
    id: i + 1,
    requirements: new Map(
      competencies
        .filter(() => rng.chance(0.7))
        .map((id) => [id, { competencyId: id, required: rng.int(2, 5), current: rng.chance(0.2) ? null : rng.int(1, 3), weight: rng.pick([1, 1.5, 2]) }]),
    ),
    excludedCourses: new Set(rng.chance(0.3) ? [rng.int(1, 4)] : []),
  }));
  const courses: PlannerCourse[] = Array.from({ length: 4 }, (_, i) => ({
    id: i + 1,
    jp: rng.pick([8, 16, 24, 40]),
    seats: rng.int(1, 3),
    links: competencies.filter(() => rng.chance(0.4)).map((competencyId) => ({ competencyId, targetLevel: rng.int(2, 5) })),
  }));
  return { employees, courses, budget: rng.pick([16, 24, 40, 48]) };
}

describe('training value', () => {
  it('closes the gap up to the standard, counting a never-assessed competency from 0', () => {
    const requirements = new Map([
      [1, { competencyId: 1, required: 3, current: 1, weight: 2 }],
      [2, { competencyId: 2, required: 2, current: null, weight: 1 }],
      [3, { competencyId: 3, required: 2, current: 4, weight: 1 }],
    ]);
    const result = closures([{ competencyId: 1, targetLevel: 5 }, { competencyId: 2, targetLevel: 1 }, { competencyId: 3, targetLevel: 5 }, { competencyId: 9, targetLevel: 3 }], requirements, new Map());
    expect(result).toEqual([
      { competencyId: 1, from: 1, to: 3, weightedGapClosed: 4 },
      { competencyId: 2, from: null, to: 1, weightedGapClosed: 1 },
    ]);
  });
});

describe('the greedy training planner against exhaustive search on small cases', () => {
  const cases = Array.from({ length: 150 }, (_, i) => randomCase(i + 1));
  const ratios = cases.map(({ employees, courses, budget }) => {
    const best = planTrainingExhaustive(employees, courses, budget).value;
    const greedy = planTrainingGreedy(employees, courses, budget);
    // Every plan keeps within the budgets.
    for (const e of employees) {
      const jp = greedy.assignments.filter((a) => a.employeeId === e.id).reduce((s, a) => s + courses.find((c) => c.id === a.courseId)!.jp, 0);
      expect(jp).toBeLessThanOrEqual(budget);
      for (const a of greedy.assignments.filter((x) => x.employeeId === e.id)) expect(e.excludedCourses.has(a.courseId)).toBe(false);
    }
    for (const c of courses) expect(greedy.assignments.filter((a) => a.courseId === c.id).length).toBeLessThanOrEqual(c.seats);
    expect(greedy.value).toBeLessThanOrEqual(best + 1e-9);
    return best === 0 ? 1 : greedy.value / best;
  });

  it('never exceeds a budget and reaches at least 72% of the optimum, 98% on average (measured: docs/analytics.md)', () => {
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    if (process.env.SHOW_RATIOS) console.log({ min: Math.min(...ratios), mean, optimal: ratios.filter((r) => r >= 1 - 1e-9).length / ratios.length });
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.72);
    expect(mean).toBeGreaterThanOrEqual(0.98);
  });
});
