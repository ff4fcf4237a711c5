import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { DomainError } from '../../common/errors.js';
import type { LoaderFactory } from '../../common/loaders.js';
import { sql } from '../../common/sql.js';
import { check, today } from '../../common/validate.js';
import { Employee } from '../employee/employee.entity.js';
import { Course } from '../training/course.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { cached } from './analytics-cache.js';
import type { DashboardScopeInput, DashboardUnit } from './dashboards.types.js';
import { CellReason, HeatmapMetric, addSums, cellOf, emptySums, present, type Sums } from './heatmap-math.js';
import { normalizeHeatmapInput, unitsAtDepth } from './heatmap.service.js';
import { competencyLattices } from './heatmap-controlled.js';
import type { FinestCount } from './disclosure.js';
import { decideForUnits, latticeIds, latticeUnits, scopeNode } from './disclosure-lattice.js';
import type { CompetencyClosure, CourseRecommendation, PlanHeatmap, PlanTrainingInput, TrainingNeed, TrainingNeeds, TrainingPlan } from './training-plan.types.js';
import { planTrainingGreedy, type PlannerCourse, type PlannerEmployee } from './training-planner.js';
import { type Closure, type CourseLink, type Requirement, closures, totalClosed } from './training-value.js';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

interface CatalogueCourse {
  id: number;
  jp: number;
  links: CourseLink[];
}

/** The catalogue with its competency links (small: read whole). */
async function catalogue(em: SqlEntityManager, only?: number[]): Promise<CatalogueCourse[]> {
  const rows = await sql<{ course_id: number; jp: number; competency_id: number | null; target_level: number | null }>(
    em,
    `select c.id as course_id, c.jp, l.competency_id, l.target_level from course c left join course_competency l on l.course_id = c.id
      ${only ? 'where c.id in (?)' : ''} order by c.id`,
    only ? [only] : [],
  );
  const courses = new Map<number, CatalogueCourse>();
  for (const r of rows) {
    const course = courses.get(Number(r.course_id)) ?? { id: Number(r.course_id), jp: Number(r.jp), links: [] };
    if (r.competency_id !== null) course.links.push({ competencyId: Number(r.competency_id), targetLevel: Number(r.target_level) });
    courses.set(course.id, course);
  }
  return [...courses.values()];
}

async function competencyNames(em: SqlEntityManager): Promise<Map<number, { code: string; name: string }>> {
  const rows = await sql<{ id: number; code: string; name: string }>(em, 'select id, code, name from competency');
  return new Map(rows.map((r) => [Number(r.id), { code: r.code, name: r.name }]));
}

/** Requirements (the standard against the current level) of employees, from the read model. */
async function requirementsOf(em: SqlEntityManager, employeeIds: number[], competencyKind?: string | null): Promise<Map<number, Map<number, Requirement>>> {
  const result = new Map<number, Map<number, Requirement>>(employeeIds.map((id) => [id, new Map()]));
  if (employeeIds.length === 0) return result;
  const rows = await sql<{ employee_id: number; competency_id: number; required_level: number; current_level: number | null; weight: number }>(
    em,
    `select f.employee_id, f.competency_id, f.required_level, f.current_level, f.weight
       from analytics.competency_fact f ${competencyKind ? 'join competency k on k.id = f.competency_id and k.kind = ?' : ''}
      where f.required_level is not null and f.employee_id in (?)`,
    competencyKind ? [competencyKind, employeeIds] : [employeeIds],
  );
  for (const r of rows) {
    result.get(Number(r.employee_id))!.set(Number(r.competency_id), {
      competencyId: Number(r.competency_id),
      required: Number(r.required_level),
      current: r.current_level === null ? null : Number(r.current_level),
      weight: Number(r.weight),
    });
  }
  return result;
}

/** Courses each employee has done, is doing or has planned: not recommended again. */
async function takenCourses(em: SqlEntityManager, employeeIds: number[]): Promise<Map<number, Set<number>>> {
  const result = new Map<number, Set<number>>(employeeIds.map((id) => [id, new Set()]));
  if (employeeIds.length === 0) return result;
  const rows = await sql<{ employee_id: number; course_id: number }>(
    em,
    `select distinct employee_id, course_id from training_record where status <> 'FAILED' and employee_id in (?)`,
    [employeeIds],
  );
  for (const r of rows) result.get(Number(r.employee_id))!.add(Number(r.course_id));
  return result;
}

const describe = (names: Map<number, { code: string; name: string }>) => (c: Closure): CompetencyClosure => ({
  code: names.get(c.competencyId)?.code ?? String(c.competencyId),
  name: names.get(c.competencyId)?.name ?? '',
  fromLevel: c.from,
  toLevel: c.to,
  gapClosed: round(c.weightedGapClosed),
});

/** Courses for many employees at once, ranked by weighted gap closed per JP (Employee.recommendedCourses). */
export const recommendedCoursesLoader: LoaderFactory<number, CourseRecommendation[]> = (em, variant) =>
  new DataLoader(async (ids) => {
    const first = Number(variant || 5);
    const employeeIds = [...ids];
    const [requirements, taken, courses, names] = await Promise.all([requirementsOf(em, employeeIds), takenCourses(em, employeeIds), catalogue(em), competencyNames(em)]);
    const ranked = employeeIds.map((id) =>
      courses
        .filter((c) => !taken.get(id)!.has(c.id))
        .map((c) => {
          const closes = closures(c.links, requirements.get(id)!, new Map());
          const value = totalClosed(closes);
          return { courseId: c.id, value, perJp: value / Math.max(c.jp, 1), closes };
        })
        .filter((r) => r.value > 0)
        .sort((a, b) => b.perJp - a.perJp || b.value - a.value || a.courseId - b.courseId)
        .slice(0, first),
    );
    const entities = new Map((await em.find(Course, { id: { $in: [...new Set(ranked.flat().map((r) => r.courseId))] } })).map((c) => [c.id, c]));
    return ranked.map((list) =>
      list.map((r) => ({ course: entities.get(r.courseId)!, gapClosed: round(r.value), gapClosedPerJp: round(r.perJp), closes: r.closes.map(describe(names)) })),
    );
  });

// ---------------------------------------------------------------------------------------------

/** Why a need is withheld under disclosure control: its competency's lattice of the people required and assessed. */
async function needsControl(em: SqlEntityManager, scope: { scopeIds: number[]; depth: number; status: string | null; k: number }) {
  const units = await latticeUnits(em, scope.scopeIds, scope.depth);
  const rows = await sql<{ unit: number; competency_id: number; status: string; n: number }>(
    em,
    `select g.unit_id as unit, g.competency_id, g.status, sum(g.n_required_assessed)::int as n
       from analytics.gap_rollup g where g.unit_id in (?) group by 1, 2, 3`,
    [latticeIds(units)],
  );
  const byCompetency = new Map<number, FinestCount[]>();
  for (const r of rows) {
    const list = byCompetency.get(Number(r.competency_id)) ?? byCompetency.set(Number(r.competency_id), []).get(Number(r.competency_id))!;
    list.push({ unit: String(r.unit), values: [r.status], count: Number(r.n) });
  }
  const decisions = new Map([...byCompetency].map(([id, finest]) => [id, decideForUnits(units, finest, scope.k)]));
  return (node: string, competencyId: number): CellReason | null => {
    const d = decisions.get(competencyId);
    if (!d || d.count(node, [scope.status]) === 0) return CellReason.NO_DATA;
    return d.withheld(node, [scope.status]) ? CellReason.SUPPRESSED : null;
  };
}

/** Analisis kebutuhan pelatihan: competencies ranked by total weighted gap, per unit. */
export function trainingNeeds(em: SqlEntityManager, scopeInput: DashboardScopeInput | undefined, competencyKind: string | null, first: number): Promise<TrainingNeeds> {
  if (!Number.isInteger(first) || first < 1 || first > 50) throw DomainError.badInput('first', 'first must be between 1 and 50');
  return cached(em, 'needs', { scopeInput, competencyKind, first }, async () => {
    const minGroupSize = scopeInput?.minGroupSize ?? 5;
    const scopeId = scopeInput?.workUnitId ? Number(scopeInput.workUnitId) : null;
    const scopeUnit = scopeId === null ? null : await check.exists(em, WorkUnit, 'workUnitId', scopeId, 'work unit');
    const rowUnits = await unitsAtDepth(em, scopeId, scopeInput?.unitDepth ?? 1);
    const wholeIds = scopeUnit ? [scopeUnit.id] : (await unitsAtDepth(em, null, 1)).map((u) => Number(u.id));
    const unitIds = [...new Set([...rowUnits.map((u) => Number(u.id)), ...wholeIds])];
    const status = scopeInput?.employeeStatus ?? null;
    const rows = await sql<{ unit_id: number; competency_id: number; code: string; name: string; weighted: number; below: number; assessed: number }>(
      em,
      `select g.unit_id, g.competency_id, k.code, k.name, sum(g.sum_weighted_gap)::float as weighted,
              sum(g.n_below)::int as below, sum(g.n_required_assessed)::int as assessed
         from analytics.gap_rollup g join competency k on k.id = g.competency_id
        where g.unit_id in (?)${competencyKind ? ' and k.kind = ?' : ''}${status ? ' and g.status = ?' : ''}
        group by 1, 2, 3, 4`,
      [unitIds, ...(competencyKind ? [competencyKind] : []), ...(status ? [status] : [])],
    );
    const courses = await catalogue(em);
    const courseEntities = new Map((await em.find(Course, {})).map((c) => [c.id, c]));
    const coursesFor = (competencyId: number) =>
      courses
        .flatMap((c) => c.links.filter((l) => l.competencyId === competencyId).map((l) => ({ c, target: l.targetLevel })))
        .sort((a, b) => b.target - a.target || a.c.jp - b.c.jp || a.c.id - b.c.id)
        .slice(0, 3)
        .map(({ c }) => courseEntities.get(c.id)!);

    // Under control: per competency, the lattice (unit sub-tree × status) of the people required and assessed.
    const control = scopeInput?.controlled ? await needsControl(em, { scopeIds: scopeId === null ? [] : [scopeId], depth: scopeInput.unitDepth ?? 1, status, k: minGroupSize }) : null;
    const needsOf = (list: typeof rows, node: string): TrainingNeed[] => {
      const merged = new Map<number, (typeof rows)[number]>();
      for (const r of list) {
        const m = merged.get(r.competency_id);
        if (!m) merged.set(r.competency_id, { ...r });
        else {
          m.weighted += Number(r.weighted);
          m.below += Number(r.below);
          m.assessed += Number(r.assessed);
        }
      }
      return [...merged.values()]
        .filter((r) => Number(r.below) > 0)
        .sort((a, b) => b.weighted - a.weighted || a.code.localeCompare(b.code))
        .slice(0, first)
        .map((r) => {
          const reason = control ? control(node, Number(r.competency_id)) : Number(r.assessed) < minGroupSize ? CellReason.SUPPRESSED : null;
          return {
            code: r.code,
            name: r.name,
            totalWeightedGap: reason ? null : round(Number(r.weighted)),
            employeesBelow: reason ? null : Number(r.below),
            employeesAssessed: control && reason ? null : Number(r.assessed),
            courses: coursesFor(Number(r.competency_id)),
            reason,
          };
        });
    };
    const unit = (u: { id: number; name: string; short_name: string | null; kind: string }): DashboardUnit => ({ id: String(u.id), label: u.short_name ?? u.name, kind: u.kind });
    return {
      rows: rowUnits.map((u) => ({ unit: unit(u), needs: needsOf(rows.filter((r) => Number(r.unit_id) === Number(u.id)), String(u.id)) })),
      summary: {
        unit: scopeUnit ? { id: String(scopeUnit.id), label: scopeUnit.shortName ?? scopeUnit.name, kind: scopeUnit.kind } : { id: 'CITY', label: 'Kota Palembang', kind: null },
        needs: needsOf(rows.filter((r) => wholeIds.includes(Number(r.unit_id))), scopeNode(scopeId)),
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------

const MAX_PLAN_EMPLOYEES = 5000;

/** Chooses course assignments for the employees of a unit, and predicts the heatmap after them. */
export async function planTraining(em: SqlEntityManager, input: PlanTrainingInput): Promise<TrainingPlan> {
  const unit = await check.exists(em, WorkUnit, 'workUnitId', input.workUnitId, 'work unit');
  const budget = check.wholeNumber('jpBudgetPerEmployee', input.jpBudgetPerEmployee, 1);
  if (budget > 1000) throw DomainError.badInput('jpBudgetPerEmployee', 'jpBudgetPerEmployee must be at most 1000');
  const seats = input.seatsPerCourse == null ? Number.POSITIVE_INFINITY : check.wholeNumber('seatsPerCourse', input.seatsPerCourse, 1);
  const minGroupSize = input.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1 || minGroupSize > 1000) throw DomainError.badInput('minGroupSize', 'minGroupSize must be a whole number from 1 to 1000');

  const people = await sql<{ id: number; row_unit: number | null }>(
    em,
    `select e.id, (select c2.ancestor_id from analytics.work_unit_closure c2
                    join analytics.work_unit_closure c3 on c3.descendant_id = c2.ancestor_id and c3.ancestor_id = ? and c3.depth = 1
                   where c2.descendant_id = e.work_unit_id) as row_unit
       from employee e join position p on p.id = e.position_id
       join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id = ?
      where true${input.employeeStatus ? ' and e.status = ?' : ''}${input.positionKind ? ' and p.kind = ?' : ''}
      order by e.id`,
    [unit.id, unit.id, ...(input.employeeStatus ? [input.employeeStatus] : []), ...(input.positionKind ? [input.positionKind] : [])],
  );
  if (people.length > MAX_PLAN_EMPLOYEES) {
    throw DomainError.badInput('workUnitId', `The unit has ${people.length} employees; plan for at most ${MAX_PLAN_EMPLOYEES} at a time (choose a smaller unit or a filter)`);
  }
  const ids = people.map((p) => Number(p.id));
  const only = input.courseIds?.length ? input.courseIds.map(Number) : undefined;
  const [requirements, taken, courses, names] = await Promise.all([
    requirementsOf(em, ids, input.competencyKind),
    takenCourses(em, ids),
    catalogue(em, only),
    competencyNames(em),
  ]);
  if (only && courses.length !== only.length) throw DomainError.badInput('courseIds', 'Some of the courses do not exist');

  const employees: PlannerEmployee[] = ids.map((id) => ({ id, requirements: requirements.get(id)!, excludedCourses: taken.get(id)! }));
  const plannerCourses: PlannerCourse[] = courses.map((c) => ({ id: c.id, jp: c.jp, seats, links: c.links }));
  const plan = planTrainingGreedy(employees, plannerCourses, budget);

  // The heatmaps before and after: rows are the units directly below the scope (or the scope itself).
  const reached = new Map<number, Map<number, number>>();
  for (const a of plan.assignments) {
    const mine = reached.get(a.employeeId) ?? new Map<number, number>();
    for (const c of a.closes) mine.set(c.competencyId, Math.max(mine.get(c.competencyId) ?? 0, c.to));
    reached.set(a.employeeId, mine);
  }
  const touched = [...new Set(plan.assignments.flatMap((a) => a.closes.map((c) => c.competencyId)))].sort((a, b) => names.get(a)!.code.localeCompare(names.get(b)!.code));
  const children = await unitsAtDepth(em, unit.id, 1);
  const rowOf = new Map(people.map((p) => [Number(p.id), String(p.row_unit ?? unit.id)]));
  // The units below the scope, and the scope itself when people work directly in it.
  const rowDefs = children.map((u) => ({ id: String(u.id), label: u.short_name ?? u.name, group: u.kind }));
  if ([...rowOf.values()].includes(String(unit.id))) rowDefs.push({ id: String(unit.id), label: unit.shortName ?? unit.name, group: unit.kind });
  const cut = [input.employeeStatus ?? null, input.positionKind ?? null];
  const control = input.controlled
    ? (await competencyLattices(em, normalizeHeatmapInput({ workUnitId: String(unit.id), metric: HeatmapMetric.MEAN_GAP, minGroupSize, employeeStatus: input.employeeStatus, positionKind: input.positionKind }, today()), 1, touched, false)).lattices
    : null;
  const matrix = (after: boolean): PlanHeatmap => {
    const sums = new Map<string, Sums>();
    for (const id of ids) {
      for (const competencyId of touched) {
        const r = requirements.get(id)!.get(competencyId);
        if (!r) continue;
        let level = r.current;
        if (after && reached.get(id)?.has(competencyId)) level = Math.max(level ?? 0, reached.get(id)!.get(competencyId)!);
        if (level === null) {
          const key = `${rowOf.get(id)}|${competencyId}`;
          addSums(sums.get(key) ?? sums.set(key, emptySums()).get(key)!, { ...emptySums(), nRequired: 1 });
          continue;
        }
        const gap = r.required - level;
        const key = `${rowOf.get(id)}|${competencyId}`;
        addSums(sums.get(key) ?? sums.set(key, emptySums()).get(key)!, {
          ...emptySums(),
          nRequired: 1,
          nRequiredAssessed: 1,
          nBelow: gap > 0 ? 1 : 0,
          sumGap: gap,
          sumRequired: r.required,
          sumWeightedGap: Math.max(gap, 0) * r.weight,
          nAssessed: 1,
          nLevel: [1, 2, 3, 4, 5].map((l) => (l === level ? 1 : 0)) as Sums['nLevel'],
        });
      }
    }
    const outputs = rowDefs.flatMap((row) =>
      touched.map((c) => {
        const output: { value: number | null; count: number | null; reason: CellReason | null } = present(cellOf(sums.get(`${row.id}|${c}`) ?? emptySums(), HeatmapMetric.MEAN_GAP), HeatmapMetric.MEAN_GAP, minGroupSize);
        // Under control: the heatmap's decision for the same node; the people working directly in the scope are never shown apart.
        if (control && output.reason !== CellReason.NO_DATA && (row.id === String(unit.id) || control.get(c)!.decision.withheld(row.id, cut))) {
          return { value: null, count: null, reason: CellReason.SUPPRESSED };
        }
        return output;
      }),
    );
    return {
      rows: rowDefs,
      columns: touched.map((c) => ({ id: names.get(c)!.code, label: names.get(c)!.name, group: null })),
      values: outputs.map((o) => o.value),
      counts: outputs.map((o) => o.count),
      reasons: outputs.map((o) => o.reason),
    };
  };

  const before = matrix(false);
  const after = matrix(true);
  // A cell withheld before stays withheld after, with the same count: the predicted levels of the
  // plan must not reveal the few people behind a small group.
  before.reasons.forEach((reason, i) => {
    if (reason !== CellReason.SUPPRESSED) return;
    after.values[i] = null;
    after.reasons[i] = CellReason.SUPPRESSED;
    after.counts[i] = before.counts[i];
  });

  let gapBefore = 0;
  for (const id of ids) for (const r of requirements.get(id)!.values()) gapBefore += Math.max(0, r.required - (r.current ?? 0)) * r.weight;
  const employeesById = new Map((await em.find(Employee, { id: { $in: [...new Set(plan.assignments.map((a) => a.employeeId))] } })).map((e) => [e.id, e]));
  const courseEntities = new Map((await em.find(Course, { id: { $in: courses.map((c) => c.id) } })).map((c) => [c.id, c]));
  return {
    employees: ids.length,
    assignments: plan.assignments.map((a) => ({
      employee: employeesById.get(a.employeeId)!,
      course: courseEntities.get(a.courseId)!,
      gapClosed: round(a.value),
      closes: a.closes.map(describe(names)),
    })),
    totalJp: plan.assignments.reduce((sum, a) => sum + courseEntities.get(a.courseId)!.jp, 0),
    gapClosed: round(plan.value),
    gapBefore: round(gapBefore),
    before,
    after,
  };
}
