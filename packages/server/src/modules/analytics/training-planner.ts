import { type Closure, type CourseLink, type Requirement, closures, totalClosed } from './training-value.js';

/**
 * The training planner: choose (employee, course) assignments that close as much weighted
 * competency gap as possible, within a JP budget per employee and a number of seats per course.
 *
 * This is a budgeted maximum-coverage problem (NP-hard), solved greedily: repeatedly take the
 * assignment with the most gap closed per JP (then per seat, by value alone), re-evaluating an
 * assignment when it reaches the top because earlier picks may have closed part of its gap (lazy
 * greedy; values only fall as levels rise). Greedy by ratio alone can miss one large, expensive
 * course, so a second pass greedy by value runs too and the better plan wins, the classic fix with a
 * constant-factor guarantee. How close it comes to the optimum on small cases is measured against
 * exhaustive search in the tests (docs/analytics.md).
 */
export interface PlannerEmployee {
  id: number;
  requirements: Map<number, Requirement>;
  /** Courses the employee has done, is doing or has planned. */
  excludedCourses: Set<number>;
}

export interface PlannerCourse {
  id: number;
  jp: number;
  seats: number;
  links: CourseLink[];
}

export interface Assignment {
  employeeId: number;
  courseId: number;
  closes: Closure[];
  value: number;
}

export interface Plan {
  assignments: Assignment[];
  value: number;
}

type Key = (value: number, jp: number) => number;

function greedy(employees: PlannerEmployee[], courses: PlannerCourse[], budgetJp: number, key: Key): Plan {
  const seats = new Map(courses.map((c) => [c.id, c.seats]));
  const spent = new Map(employees.map((e) => [e.id, 0]));
  const levels = new Map(employees.map((e) => [e.id, new Map<number, number | null>()]));
  const byId = new Map(employees.map((e) => [e.id, e]));
  const courseById = new Map(courses.map((c) => [c.id, c]));

  // Max-heap of candidate pairs by their last known priority.
  type Candidate = { employeeId: number; courseId: number; priority: number };
  const heap: Candidate[] = [];
  const push = (c: Candidate) => {
    heap.push(c);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent].priority > heap[i].priority || (heap[parent].priority === heap[i].priority && tieBreak(heap[parent], heap[i]))) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const tieBreak = (a: Candidate, b: Candidate) => a.employeeId < b.employeeId || (a.employeeId === b.employeeId && a.courseId < b.courseId);
  const pop = (): Candidate | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        const better = (x: number, y: number) => heap[x].priority > heap[y].priority || (heap[x].priority === heap[y].priority && tieBreak(heap[x], heap[y]));
        if (l < heap.length && better(l, best)) best = l;
        if (r < heap.length && better(r, best)) best = r;
        if (best === i) break;
        [heap[best], heap[i]] = [heap[i], heap[best]];
        i = best;
      }
    }
    return top;
  };

  for (const e of employees) {
    for (const c of courses) {
      if (e.excludedCourses.has(c.id) || c.jp > budgetJp || c.seats <= 0) continue;
      const value = totalClosed(closures(c.links, e.requirements, levels.get(e.id)!));
      if (value > 0) push({ employeeId: e.id, courseId: c.id, priority: key(value, c.jp) });
    }
  }

  const assignments: Assignment[] = [];
  let total = 0;
  for (let candidate = pop(); candidate; candidate = pop()) {
    const employee = byId.get(candidate.employeeId)!;
    const course = courseById.get(candidate.courseId)!;
    if ((seats.get(course.id) ?? 0) <= 0 || spent.get(employee.id)! + course.jp > budgetJp) continue;
    const closes = closures(course.links, employee.requirements, levels.get(employee.id)!);
    const value = totalClosed(closes);
    if (value <= 0) continue;
    const priority = key(value, course.jp);
    if (heap.length && priority < heap[0].priority) {
      push({ ...candidate, priority }); // it lost value since it was queued: look again later
      continue;
    }
    assignments.push({ employeeId: employee.id, courseId: course.id, closes, value });
    total += value;
    seats.set(course.id, seats.get(course.id)! - 1);
    spent.set(employee.id, spent.get(employee.id)! + course.jp);
    for (const closure of closes) levels.get(employee.id)!.set(closure.competencyId, closure.to);
  }
  return { assignments, value: total };
}

/** The better of greedy by gap closed per JP and greedy by gap closed. */
export function planTrainingGreedy(employees: PlannerEmployee[], courses: PlannerCourse[], budgetJp: number): Plan {
  const byRatio = greedy(employees, courses, budgetJp, (value, jp) => value / Math.max(jp, 1));
  const byValue = greedy(employees, courses, budgetJp, (value) => value);
  return byValue.value > byRatio.value ? byValue : byRatio;
}

/** The best plan by trying every subset of assignments: for small cases only (tests). */
export function planTrainingExhaustive(employees: PlannerEmployee[], courses: PlannerCourse[], budgetJp: number): Plan {
  const pairs = employees.flatMap((e) => courses.filter((c) => !e.excludedCourses.has(c.id)).map((c) => ({ e, c })));
  if (pairs.length > 20) throw new Error('too many pairs for exhaustive search');
  let best: Plan = { assignments: [], value: 0 };
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, i) => mask & (1 << i));
    const jp = new Map<number, number>();
    const seats = new Map<number, number>();
    let feasible = true;
    for (const { e, c } of chosen) {
      jp.set(e.id, (jp.get(e.id) ?? 0) + c.jp);
      seats.set(c.id, (seats.get(c.id) ?? 0) + 1);
      if (jp.get(e.id)! > budgetJp || seats.get(c.id)! > c.seats) feasible = false;
    }
    if (!feasible) continue;
    // Value: per employee, the level reached on each competency is the best target among their courses.
    let value = 0;
    for (const e of employees) {
      const reached = new Map<number, number>();
      for (const { c } of chosen.filter((p) => p.e.id === e.id)) {
        for (const link of c.links) reached.set(link.competencyId, Math.max(reached.get(link.competencyId) ?? 0, link.targetLevel));
      }
      for (const [competencyId, target] of reached) {
        const r = e.requirements.get(competencyId);
        if (r) value += Math.max(0, Math.min(target, r.required) - (r.current ?? 0)) * r.weight;
      }
    }
    if (value > best.value) best = { assignments: chosen.map(({ e, c }) => ({ employeeId: e.id, courseId: c.id, closes: [], value: 0 })), value };
  }
  return best;
}
