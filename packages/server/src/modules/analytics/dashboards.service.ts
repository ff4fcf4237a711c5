import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../common/errors.js';
import { sql } from '../../common/sql.js';
import { check, today } from '../../common/validate.js';
import { DIGCOMP_PILLAR, NATIONAL_BENCHMARK, PILLAR_NAMES, type DigitalPillar } from '../../db/seed/reference/digital-literacy.js';
import { type CompetencyGap, competencyGaps, GapStatus } from '../assessment/competency-gap.js';
import { PotentialBand } from '../assessment/potential-assessment.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { Predikat } from '../performance/performance-evaluation.entity.js';
import { NINE_BOX, performanceOf } from '../performance/talent-box.js';
import { ANNUAL_JP_TARGET } from '../training/development-hours.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { cached } from './analytics-cache.js';
import type {
  CompareWorkUnitsInput,
  CompetencyProfileEntry,
  DashboardScopeInput,
  DashboardUnit,
  DevelopmentHoursCompliance,
  DigitalReadiness,
  PerformanceDistribution,
  TalentCandidate,
  TalentMatrix,
  UnitDigitalReadiness,
  UnitPerformance,
  UnitProfile,
} from './dashboards.types.js';
import { CellReason } from './heatmap-math.js';
import { unitsAtDepth } from './heatmap.service.js';
import { CITY, type DisclosureDecision, type FinestCount } from './disclosure.js';
import { EMPLOYEES_PER_UNIT, decideForUnits, latticeIds, latticeUnits, scopeNode, unitStatusReasons } from './disclosure-lattice.js';

interface Scope {
  rows: DashboardUnit[];
  /** The scope unit, or none for the city. */
  scopeIds: number[];
  /** Levels below the scope the rows are. */
  depth: number;
  /** Under disclosure control (every role but ADMIN). */
  controlled: boolean;
  /** Units whose subtrees make up the whole scope: the scope unit, or the top-level units. */
  wholeIds: number[];
  whole: DashboardUnit;
  status: string | null;
  minGroupSize: number;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

async function resolveScope(em: SqlEntityManager, input: DashboardScopeInput = {}): Promise<Scope> {
  const minGroupSize = input.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1 || minGroupSize > 1000) throw DomainError.badInput('minGroupSize', 'minGroupSize must be a whole number from 1 to 1000');
  const depth = input.unitDepth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 8) throw DomainError.badInput('unitDepth', 'unitDepth must be a whole number from 1 to 8');
  const scopeId = input.workUnitId ? Number(input.workUnitId) : null;
  const scopeUnit = scopeId === null ? null : await check.exists(em, WorkUnit, 'workUnitId', scopeId, 'work unit');
  const units = await unitsAtDepth(em, scopeId, depth);
  const rows = units.map((u) => ({ id: String(u.id), label: u.short_name ?? u.name, kind: u.kind }));
  const wholeIds = scopeUnit ? [scopeUnit.id] : (await unitsAtDepth(em, null, 1)).map((u) => Number(u.id));
  const whole = scopeUnit ? { id: String(scopeUnit.id), label: scopeUnit.shortName ?? scopeUnit.name, kind: scopeUnit.kind } : { id: 'CITY', label: 'Kota Palembang', kind: null };
  return { rows, scopeIds: scopeId === null ? [] : [scopeId], depth, controlled: input.controlled ?? false, wholeIds, whole, status: input.employeeStatus ?? null, minGroupSize };
}

/** Withholds figures of fewer than `min` employees (and says why); zero is "no data". */
function withheld(n: number, min: number): CellReason | null {
  if (n === 0) return CellReason.NO_DATA;
  return n < min ? CellReason.SUPPRESSED : null;
}

/** Under disclosure control: why a node of the scope's lattice is withheld (disclosure-lattice.ts). */
const controlledReasons = (em: SqlEntityManager, scope: Scope, countSql: string, params: unknown[] = []) =>
  unitStatusReasons(em, { scopeIds: scope.scopeIds, depth: scope.depth, status: scope.status, k: scope.minGroupSize }, countSql, params);

const statusClause = (status: string | null, alias = 'e') => (status ? { clause: ` and ${alias}.status = ?`, params: [status] } : { clause: '', params: [] });

// ---------------------------------------------------------------------------------------------

const BANDS = ['0', '1–9', '10–19', '20–39', '40+'];

/** Who reaches the 20 JP a year, per unit, and who does not yet. */
export function developmentHoursCompliance(em: SqlEntityManager, year: number, scopeInput: DashboardScopeInput | undefined, first: number): Promise<DevelopmentHoursCompliance> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw DomainError.badInput('year', 'year must be a year between 2000 and 2100');
  if (!Number.isInteger(first) || first < 0 || first > 100) throw DomainError.badInput('first', 'first must be between 0 and 100');
  return cached(em, 'jp', { year, scopeInput, first }, async () => {
    const scope = await resolveScope(em, scopeInput);
    const s = statusClause(scope.status);
    const unitIds = [...new Set([...scope.rows.map((r) => Number(r.id)), ...scope.wholeIds])];
    const jp = `with jp as (select employee_id, sum(jp_earned) as jp from training_record
                  where status = 'COMPLETED' and end_date between ?::date and ?::date group by employee_id)`;
    const yearParams = [`${year}-01-01`, `${year}-12-31`];
    const rows = unitIds.length
      ? await sql<Record<string, number>>(
          em,
          `${jp}
           select c.ancestor_id as unit_id, count(*)::int as employees,
                  count(*) filter (where coalesce(jp.jp, 0) >= ${ANNUAL_JP_TARGET})::int as meeting,
                  coalesce(sum(jp.jp), 0)::float as total_jp,
                  count(*) filter (where coalesce(jp.jp, 0) = 0)::int as b0,
                  count(*) filter (where jp.jp > 0 and jp.jp < 10)::int as b1,
                  count(*) filter (where jp.jp >= 10 and jp.jp < 20)::int as b2,
                  count(*) filter (where jp.jp >= 20 and jp.jp < 40)::int as b3,
                  count(*) filter (where jp.jp >= 40)::int as b4
             from employee e
             join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
             left join jp on jp.employee_id = e.id
            where true${s.clause}
            group by c.ancestor_id`,
          [...yearParams, unitIds, ...s.params],
        )
      : [];
    const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
    const control = scope.controlled ? await controlledReasons(em, scope, EMPLOYEES_PER_UNIT) : null;
    const present = (unit: DashboardUnit, r: Record<string, number> | undefined) => {
      const employees = r?.employees ?? 0;
      const reason = control ? control.reason(unit.id === scope.whole.id ? scopeNode(scope.scopeIds[0]) : unit.id) : withheld(employees, scope.minGroupSize);
      return {
        unit,
        employees: reason === CellReason.SUPPRESSED && control ? null : employees,
        meetingTarget: reason ? null : r!.meeting,
        share: reason ? null : round(r!.meeting / employees),
        meanJp: reason ? null : round(r!.total_jp / employees),
        histogram: reason ? [] : [r!.b0, r!.b1, r!.b2, r!.b3, r!.b4],
        reason,
      };
    };
    // The whole scope: its unit, or the top-level units added up (they partition the city).
    const wholeRow = scope.wholeIds
      .map((id) => byUnit.get(id))
      .filter((r): r is Record<string, number> => Boolean(r))
      .reduce<Record<string, number> | undefined>((acc, r) => {
        if (!acc) return { ...r };
        for (const k of Object.keys(r)) if (k !== 'unit_id') acc[k] += r[k];
        return acc;
      }, undefined);

    const below = first
      ? await sql<{ id: number; jp: number }>(
          em,
          `${jp}
           select e.id, coalesce(jp.jp, 0)::float as jp
             from employee e
             join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
             left join jp on jp.employee_id = e.id
            where coalesce(jp.jp, 0) < ${ANNUAL_JP_TARGET}${s.clause}
            order by jp, e.id limit ?`,
          [...yearParams, scope.wholeIds, ...s.params, first],
        )
      : [];
    const people = new Map((await em.find(Employee, { id: { $in: below.map((b) => Number(b.id)) } })).map((e) => [e.id, e]));
    return {
      year,
      target: ANNUAL_JP_TARGET,
      bands: BANDS,
      rows: scope.rows.map((unit) => present(unit, byUnit.get(Number(unit.id)))),
      summary: present(scope.whole, wholeRow),
      employeesBelow: below.map((b) => ({ employee: people.get(Number(b.id))!, jp: Number(b.jp) })),
    };
  }, { mayBeStale: true });
}

// ---------------------------------------------------------------------------------------------

const PREDIKATS = [Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG];

/** SKP predikat counts per unit for a year and period. */
export function performanceDistribution(em: SqlEntityManager, year: number, period: string, scopeInput: DashboardScopeInput | undefined): Promise<PerformanceDistribution> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw DomainError.badInput('year', 'year must be a year between 2000 and 2100');
  return cached(em, 'skp', { year, period, scopeInput }, async () => {
    const scope = await resolveScope(em, scopeInput);
    if (scope.controlled) return controlledPerformance(em, year, period, scope);
    const s = statusClause(scope.status);
    const unitIds = [...new Set([...scope.rows.map((r) => Number(r.id)), ...scope.wholeIds])];
    const rows = unitIds.length
      ? await sql<{ unit_id: number; predikat: Predikat; n: number }>(
          em,
          `select c.ancestor_id as unit_id, p.predikat, count(*)::int as n
             from performance_evaluation p
             join employee e on e.id = p.employee_id
             join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
            where p.year = ? and p.period = ?${s.clause}
            group by 1, 2`,
          [unitIds, year, period, ...s.params],
        )
      : [];
    const counts = new Map<number, number[]>();
    for (const r of rows) {
      const list = counts.get(Number(r.unit_id)) ?? PREDIKATS.map(() => 0);
      list[PREDIKATS.indexOf(r.predikat)] += Number(r.n);
      counts.set(Number(r.unit_id), list);
    }
    const present = (unit: DashboardUnit, list: number[] | undefined): UnitPerformance => {
      const evaluations = (list ?? []).reduce((a, b) => a + b, 0);
      const reason = withheld(evaluations, scope.minGroupSize);
      return { unit, evaluations, counts: reason ? PREDIKATS.map(() => null) : list!, reason };
    };
    const whole = scope.wholeIds.map((id) => counts.get(id) ?? PREDIKATS.map(() => 0)).reduce((acc, l) => acc.map((v, i) => v + l[i]), PREDIKATS.map(() => 0));
    return {
      year,
      predikats: PREDIKATS,
      rows: scope.rows.map((unit) => present(unit, counts.get(Number(unit.id)))),
      summary: present(scope.whole, whole),
    };
  }, { mayBeStale: true });
}

/**
 * The SKP distribution under disclosure control: a row's population (unit sub-tree × status) is a
 * node of the lattice, decided over every status; its predikat counts are shown whole or not at
 * all, so a unit's counts for one status and for all statuses never differ by fewer than k people.
 */
async function controlledPerformance(em: SqlEntityManager, year: number, period: string, scope: Scope): Promise<PerformanceDistribution> {
  const units = await latticeUnits(em, scope.scopeIds, scope.depth);
  const rows = await sql<{ unit: number; status: string; predikat: Predikat; n: number }>(
    em,
    `select c.ancestor_id as unit, e.status, p.predikat, count(*)::int as n
       from performance_evaluation p
       join employee e on e.id = p.employee_id
       join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
      where p.year = ? and p.period = ?
      group by 1, 2, 3`,
    [latticeIds(units), year, period],
  );
  const d = decideForUnits(units, rows.map((r) => ({ unit: String(r.unit), values: [r.status], count: Number(r.n) })), scope.minGroupSize);
  const top = new Set(units.filter((u) => u.parent === CITY).map((u) => u.id));
  const present = (unit: DashboardUnit, node: string): UnitPerformance => {
    const counts = PREDIKATS.map(() => 0);
    for (const r of rows) {
      const inNode = node === CITY ? top.has(String(r.unit)) : String(r.unit) === node;
      if (inNode && (!scope.status || r.status === scope.status)) counts[PREDIKATS.indexOf(r.predikat)] += Number(r.n);
    }
    const evaluations = d.count(node, [scope.status]);
    if (evaluations === 0) return { unit, evaluations: 0, counts: PREDIKATS.map(() => null), reason: CellReason.NO_DATA };
    if (d.withheld(node, [scope.status])) return { unit, evaluations: null, counts: PREDIKATS.map(() => null), reason: CellReason.SUPPRESSED };
    return { unit, evaluations, counts, reason: null };
  };
  return { year, predikats: PREDIKATS, rows: scope.rows.map((unit) => present(unit, unit.id)), summary: present(scope.whole, scopeNode(scope.scopeIds[0])) };
}

// ---------------------------------------------------------------------------------------------

const COACHING = new Set<Predikat>([Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG]);

function largestGaps(gaps: CompetencyGap[], count = 3): CompetencyGap[] {
  return gaps
    .filter((g) => g.status === GapStatus.BELOW_STANDARD)
    .sort((a, b) => b.weight * b.gap! - a.weight * a.gap! || Number(b.critical) - Number(a.critical) || a.competencyId - b.competencyId)
    .slice(0, count);
}

/** The 9-box of a scope and the recognition and coaching lists of the brief. */
export function talentMatrix(em: SqlEntityManager, year: number, scopeInput: DashboardScopeInput | undefined, first: number): Promise<TalentMatrix> {
  if (!Number.isInteger(first) || first < 0 || first > 100) throw DomainError.badInput('first', 'first must be between 0 and 100');
  return cached(em, 'talent', { year, scopeInput, first }, async () => {
    const scope = await resolveScope(em, scopeInput);
    const s = statusClause(scope.status);
    const rows = await sql<{ id: number; predikat: Predikat; band: PotentialBand | null }>(
      em,
      `with skp as (select distinct on (employee_id) employee_id, predikat from performance_evaluation
                     where period = 'ANNUAL' and year <= ? order by employee_id, year desc),
            pot as (select distinct on (employee_id) employee_id, band from potential_assessment
                     order by employee_id, assessed_on desc, id desc)
       select distinct e.id, skp.predikat, pot.band
         from employee e
         join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
         join skp on skp.employee_id = e.id
         left join pot on pot.employee_id = e.id
        where true${s.clause}
        order by e.id`,
      [year, scope.wholeIds, ...s.params],
    );
    const boxes = Array.from({ length: 9 }, () => 0);
    const placed: { id: number; predikat: Predikat; box: number | null }[] = rows.map((r) => {
      const box = r.band ? NINE_BOX[r.band][performanceOf(r.predikat)] : null;
      if (box) boxes[box - 1]++;
      return { id: Number(r.id), predikat: r.predikat, box };
    });
    const recognition = placed
      .filter((p) => p.predikat === Predikat.SANGAT_BAIK || (p.box ?? 0) >= 7)
      .sort((a, b) => (b.box ?? 0) - (a.box ?? 0) || a.id - b.id)
      .slice(0, first);
    const coaching = placed
      .filter((p) => COACHING.has(p.predikat))
      .sort((a, b) => PREDIKATS.indexOf(b.predikat) - PREDIKATS.indexOf(a.predikat) || a.id - b.id)
      .slice(0, first);
    const ids = [...recognition, ...coaching].map((p) => p.id);
    const [people, gaps] = await Promise.all([em.find(Employee, { id: { $in: ids } }), competencyGaps(em, ids)]);
    const employeeOf = new Map(people.map((e) => [e.id, e]));
    const candidate = (p: (typeof placed)[number]): TalentCandidate => ({
      employee: employeeOf.get(p.id)!,
      predikat: p.predikat,
      box: p.box,
      largestGaps: largestGaps(gaps.filter((g) => g.employeeId === p.id)),
    });
    const placedCount = boxes.reduce((a, b) => a + b, 0);
    // Under control the 9-box is one node (the placed employees of the scope × status): whole or withheld.
    const control = scope.controlled
      ? await controlledReasons(
          em,
          scope,
          `select c.ancestor_id as unit, e.status, count(*)::int as n
             from employee e join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?)
            where exists (select 1 from performance_evaluation p where p.employee_id = e.id and p.period = 'ANNUAL' and p.year <= ?)
              and exists (select 1 from potential_assessment a where a.employee_id = e.id)
            group by 1, 2`,
          [year],
        )
      : null;
    if (control && control.reason(scopeNode(scope.scopeIds[0])) === CellReason.SUPPRESSED) {
      return { year, placed: null, boxes: boxes.map(() => null), recognition: recognition.map(candidate), coaching: coaching.map(candidate) };
    }
    return {
      year,
      placed: placedCount,
      boxes: control ? boxes : boxes.map((n) => (n > 0 && n < scope.minGroupSize ? null : n)),
      recognition: recognition.map(candidate),
      coaching: coaching.map(candidate),
    };
  }, { mayBeStale: true });
}

// ---------------------------------------------------------------------------------------------

interface CompetencySums {
  competency_id: number;
  code: string;
  name: string;
  n_required: number;
  n_required_assessed: number;
  sum_gap: number;
  sum_required: number;
  n_assessed: number;
  sum_level: number;
}

/** Sums of the roll-up per unit and competency. */
async function competencySums(em: SqlEntityManager, unitIds: number[], filter: { kind?: string | null; groups?: string[] | null }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.kind) {
    where.push('k.kind = ?');
    params.push(filter.kind);
  }
  if (filter.groups?.length) {
    where.push('grp.code in (?)');
    params.push(filter.groups);
  }
  return sql<CompetencySums & { unit_id: number }>(
    em,
    `select g.unit_id, g.competency_id, k.code, k.name,
            sum(g.n_required)::float as n_required, sum(g.n_required_assessed)::float as n_required_assessed,
            sum(g.sum_gap)::float as sum_gap, sum(g.sum_required)::float as sum_required, sum(g.n_assessed)::float as n_assessed,
            sum(g.n_level1 + 2 * g.n_level2 + 3 * g.n_level3 + 4 * g.n_level4 + 5 * g.n_level5)::float as sum_level
       from analytics.gap_rollup g
       join competency k on k.id = g.competency_id
       left join competency_group grp on grp.id = k.group_id
      where g.unit_id in (?)${where.map((w) => ` and ${w}`).join('')}
      group by 1, 2, 3, 4`,
    [unitIds, ...params],
  );
}

/**
 * Under disclosure control, for compareWorkUnits: per competency, the lattice of the compared units
 * (their paths to the city with every sibling) for the people assessed, and for the people required
 * and assessed (the mean standard and gap).
 */
async function compareControl(em: SqlEntityManager, ids: number[], k: number) {
  const units = await latticeUnits(em, ids, 0);
  const rows = await sql<{ unit: number; competency_id: number; assessed: number; required: number }>(
    em,
    `select g.unit_id as unit, g.competency_id, sum(g.n_assessed)::int as assessed, sum(g.n_required_assessed)::int as required
       from analytics.gap_rollup g where g.unit_id in (?) group by 1, 2`,
    [latticeIds(units)],
  );
  const decisions = new Map<string, DisclosureDecision>();
  for (const population of ['assessed', 'required'] as const) {
    const byCompetency = new Map<number, FinestCount[]>();
    for (const r of rows) {
      const list = byCompetency.get(Number(r.competency_id)) ?? byCompetency.set(Number(r.competency_id), []).get(Number(r.competency_id))!;
      list.push({ unit: String(r.unit), values: [], count: Number(r[population]) });
    }
    for (const [competency, finest] of byCompetency) decisions.set(`${competency}|${population}`, decideForUnits(units, finest, k));
  }
  return {
    reason(node: string, competency: number, population: 'assessed' | 'required'): CellReason | null {
      const d = decisions.get(`${competency}|${population}`);
      if (!d || d.count(node, []) === 0) return CellReason.NO_DATA;
      return d.withheld(node, []) ? CellReason.SUPPRESSED : null;
    },
  };
}

/** Profiles of 2–10 units side by side, against the standard and the city. */
export function compareWorkUnits(em: SqlEntityManager, input: CompareWorkUnitsInput): Promise<UnitProfile[]> {
  const ids = [...new Set(input.workUnitIds.map(Number))];
  if (ids.length < 2 || ids.length > 10) throw DomainError.badInput('workUnitIds', 'Compare two to ten different work units');
  const minGroupSize = input.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1 || minGroupSize > 1000) throw DomainError.badInput('minGroupSize', 'minGroupSize must be a whole number from 1 to 1000');
  return cached(em, 'compare', { ids, kind: input.competencyKind, groups: input.competencyGroupCodes, minGroupSize, controlled: input.controlled ?? false }, async () => {
    const units = await em.find(WorkUnit, { id: { $in: ids } });
    if (units.length !== ids.length) {
      const missing = ids.find((id) => !units.some((u) => u.id === id));
      throw DomainError.badInput('workUnitIds', `There is no work unit with id ${missing}`);
    }
    const topLevel = (await unitsAtDepth(em, null, 1)).map((u) => Number(u.id));
    const filter = { kind: input.competencyKind, groups: input.competencyGroupCodes };
    const [rows, cityRows] = await Promise.all([competencySums(em, ids, filter), competencySums(em, topLevel, filter)]);
    // The city is the sum of its top-level units, which partition it.
    const city = new Map<number, CompetencySums>();
    const perUnit = new Map<number, Map<number, CompetencySums>>();
    const add = (map: Map<number, CompetencySums>, r: CompetencySums) => {
      const acc = map.get(r.competency_id);
      if (!acc) return map.set(r.competency_id, { ...r });
      for (const k of ['n_required', 'n_required_assessed', 'sum_gap', 'sum_required', 'n_assessed', 'sum_level'] as const) acc[k] += r[k];
      return map;
    };
    for (const r of rows) {
      const unitId = Number(r.unit_id);
      if (!perUnit.has(unitId)) perUnit.set(unitId, new Map());
      add(perUnit.get(unitId)!, r);
    }
    for (const r of cityRows) add(city, r);
    const competencies = [...city.values()].sort((a, b) => a.code.localeCompare(b.code));
    const control = input.controlled ? await compareControl(em, ids, minGroupSize) : null;

    return ids.map((id) => {
      const unit = units.find((u) => u.id === id)!;
      const mine = perUnit.get(id) ?? new Map<number, CompetencySums>();
      const entries: CompetencyProfileEntry[] = competencies.map((c) => {
        const r = mine.get(c.competency_id);
        const employees = r?.n_assessed ?? 0;
        const reason = control ? control.reason(String(id), c.competency_id, 'assessed') : withheld(employees, minGroupSize);
        // Under control the standard and the gap are over the people required and assessed: a node of their own.
        const gapHidden = control !== null && control.reason(String(id), c.competency_id, 'required') !== null;
        const cityHidden = control !== null && control.reason(CITY, c.competency_id, 'assessed') !== null;
        const cityMean = c.n_assessed && !cityHidden ? round(c.sum_level / c.n_assessed) : null;
        const meanLevel = reason || !r ? null : round(r.sum_level / r.n_assessed);
        return {
          code: c.code,
          name: c.name,
          employees: control && reason === CellReason.SUPPRESSED ? null : employees,
          meanLevel,
          meanRequired: reason || gapHidden || !r || !r.n_required ? null : round(r.sum_required / r.n_required),
          meanGap: reason || gapHidden || !r || !r.n_required_assessed ? null : round(r.sum_gap / r.n_required_assessed),
          cityMeanLevel: cityMean,
          differenceFromCity: meanLevel !== null && cityMean !== null ? round(meanLevel - cityMean) : null,
          reason,
        };
      });
      return {
        unit: { id: String(unit.id), label: unit.shortName ?? unit.name, kind: unit.kind },
        competencies: entries,
        largestGaps: entries.filter((e) => e.meanGap !== null && e.meanGap > 0).sort((a, b) => b.meanGap! - a.meanGap!).slice(0, 5),
      };
    });
  });
}

// ---------------------------------------------------------------------------------------------

/** Digital readiness per unit, by pillar, over the last eight quarters, against the national index. */
export function digitalReadiness(em: SqlEntityManager, scopeInput: DashboardScopeInput | undefined): Promise<DigitalReadiness> {
  return cached(em, 'digital', { scopeInput }, async () => {
    const scope = await resolveScope(em, scopeInput);
    const unitIds = [...new Set([...scope.rows.map((r) => Number(r.id)), ...scope.wholeIds])];
    const s = statusClause(scope.status, 'g');
    const rows = unitIds.length
      ? await sql<{ unit_id: number; code: string; n1: number; n2: number; n3: number; n4: number; n5: number; n: number }>(
          em,
          `select g.unit_id, k.code, sum(g.n_level1)::int as n1, sum(g.n_level2)::int as n2, sum(g.n_level3)::int as n3,
                  sum(g.n_level4)::int as n4, sum(g.n_level5)::int as n5, sum(g.n_assessed)::int as n
             from analytics.gap_rollup g join competency k on k.id = g.competency_id and k.kind = 'DIGITAL'
            where g.unit_id in (?)${s.clause}
            group by 1, 2`,
          [unitIds, ...s.params],
        )
      : [];
    const byUnit = new Map<number, typeof rows>();
    for (const r of rows) byUnit.set(Number(r.unit_id), [...(byUnit.get(Number(r.unit_id)) ?? []), r]);

    // Under control: the people assessed on a digital competency, per unit and status.
    const control = scope.controlled
      ? await controlledReasons(
          em,
          scope,
          `select c.ancestor_id as unit, f.status, count(distinct f.employee_id)::int as n
             from analytics.competency_fact f join competency k on k.id = f.competency_id and k.kind = 'DIGITAL'
             join analytics.work_unit_closure c on c.descendant_id = f.work_unit_id and c.ancestor_id in (?)
            where f.current_level is not null
            group by 1, 2`,
        )
      : null;
    const readiness = (unit: DashboardUnit, rowsOfUnits: typeof rows, node: string): UnitDigitalReadiness => {
      // Several units (the city's top-level units) add up competency by competency.
      const merged = new Map<string, (typeof rows)[number]>();
      for (const r of rowsOfUnits) {
        const m = merged.get(r.code);
        if (!m) merged.set(r.code, { ...r });
        else for (const k of ['n1', 'n2', 'n3', 'n4', 'n5', 'n'] as const) m[k] = Number(m[k]) + Number(r[k]);
      }
      const list = [...merged.values()];
      const levels = [0, 0, 0, 0, 0];
      const pillarSums = new Map<DigitalPillar, { level: number; n: number }>();
      let employees: number | null = 0;
      for (const r of list) {
        const counts = [r.n1, r.n2, r.n3, r.n4, r.n5].map(Number);
        counts.forEach((c, i) => (levels[i] += c));
        employees = Math.max(employees ?? 0, Number(r.n));
        const pillar = DIGCOMP_PILLAR[r.code];
        if (pillar) {
          const p = pillarSums.get(pillar) ?? { level: 0, n: 0 };
          p.level += counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
          p.n += Number(r.n);
          pillarSums.set(pillar, p);
        }
      }
      const total = levels.reduce((a, b) => a + b, 0);
      const reason = control ? control.reason(node) : withheld(employees, scope.minGroupSize);
      if (control) employees = reason === CellReason.SUPPRESSED ? null : control.count(node);
      const share = (from: number, to: number) => (reason ? null : round(levels.slice(from - 1, to).reduce((a, b) => a + b, 0) / total));
      return {
        unit,
        employees,
        index: reason ? null : round(levels.reduce((acc, c, i) => acc + c * (i + 1), 0) / total),
        foundation: share(1, 2),
        intermediate: share(3, 3),
        advanced: share(4, 5),
        pillars: (Object.keys(PILLAR_NAMES) as DigitalPillar[]).map((pillar) => {
          const p = pillarSums.get(pillar);
          return {
            pillar,
            name: PILLAR_NAMES[pillar],
            meanLevel: reason || !p?.n ? null : round(p.level / p.n),
            nationalBenchmark: NATIONAL_BENCHMARK.pillars[pillar],
          };
        }),
        reason,
      };
    };

    // The trend: the index of the whole scope at the end of each of the last eight quarters.
    const now = new Date(`${today()}T00:00:00Z`);
    const quarters: { quarter: string; day: string }[] = [];
    for (let q = 7; q >= 0; q--) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 - q * 3 + 3, 0));
      const day = q === 0 ? today() : d.toISOString().slice(0, 10);
      quarters.push({ quarter: `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`, day });
    }
    // One pass over the digital evidence: each assessment holds from its day until the next one of
    // the same employee and competency (same-day ties ordered so the winning one comes last, as in
    // current_competency); a quarter's index averages the levels holding on its last day.
    const st = statusClause(scope.status);
    const points = await sql<{ day: string; total: number; n: number }>(
      em,
      `with a as (
         select a.employee_id, a.level, a.assessed_on,
                lead(a.assessed_on) over (partition by a.employee_id, a.competency_id
                                          order by a.assessed_on, assessment_method_rank(a.method) desc, a.id) as next_on
           from competency_assessment a join competency k on k.id = a.competency_id and k.kind = 'DIGITAL'),
       days as (select unnest(?::date[]) as day)
       select d.day::text as day, coalesce(sum(a.level), 0)::float as total, count(a.level)::int as n
         from days d
         left join (a join employee e on e.id = a.employee_id
                      join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id and c.ancestor_id in (?))
           on a.assessed_on <= d.day and (a.next_on is null or a.next_on > d.day)${st.clause}
        group by d.day`,
      [`{${quarters.map((q) => q.day).join(',')}}`, scope.wholeIds, ...st.params],
    );
    const byDay = new Map(points.map((p) => [p.day, p]));
    // Under control the trend shows only while the scope itself is published today (as-of dates: docs/security.md, limits).
    const scopeShown = !control || control.reason(scopeNode(scope.scopeIds[0])) === null;
    const trend = quarters.map(({ quarter, day }) => {
      const p = byDay.get(day);
      return { quarter, day, index: scopeShown && p && Number(p.n) >= scope.minGroupSize ? round(Number(p.total) / Number(p.n)) : null };
    });

    return {
      rows: scope.rows.map((unit) => readiness(unit, byUnit.get(Number(unit.id)) ?? [], unit.id)),
      summary: readiness(scope.whole, scope.wholeIds.flatMap((id) => byUnit.get(id) ?? []), scopeNode(scope.scopeIds[0])),
      trend,
      nationalBenchmark: NATIONAL_BENCHMARK.index,
    };
  }, { mayBeStale: true });
}
