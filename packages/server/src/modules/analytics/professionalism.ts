import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import type { LoaderFactory } from '../../common/loaders.js';
import { sql } from '../../common/sql.js';
import { check } from '../../common/validate.js';
import {
  CATEGORIES,
  COMPETENCY_DIMENSION_MAX,
  COMPONENT_POINTS,
  MATCHING_LEADERSHIP,
  RECENT_YEARS,
  TECHNICAL_JP_MINIMUM,
  positionGroup,
  type ProfessionalismComponent,
} from '../../db/seed/reference/professionalism.js';
import type { PositionKind } from '../position/position.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { cached } from './analytics-cache.js';
import type { DashboardScopeInput } from './dashboards.types.js';
import { DashboardUnit } from './dashboards.types.js';
import { CellReason } from './heatmap-math.js';
import { unitsAtDepth } from './heatmap.service.js';
import { EMPLOYEES_PER_UNIT, scopeNode, unitStatusReasons } from './disclosure-lattice.js';

export enum ProfessionalismCategory {
  SANGAT_TINGGI = 'SANGAT_TINGGI',
  TINGGI = 'TINGGI',
  SEDANG = 'SEDANG',
  RENDAH = 'RENDAH',
  SANGAT_RENDAH = 'SANGAT_RENDAH',
}
registerDescribedEnum(ProfessionalismCategory, 'ProfessionalismCategory', 'Category of the Indeks Profesionalitas ASN, applied here to the fulfilment of its kompetensi dimension.', {
  SANGAT_TINGGI: 'Sangat Tinggi: 91–100.',
  TINGGI: 'Tinggi: 81–90.',
  SEDANG: 'Sedang: 71–80.',
  RENDAH: 'Rendah: 61–70.',
  SANGAT_RENDAH: 'Sangat Rendah: 60 or less.',
});

@ObjectType({ description: 'One component of the kompetensi dimension.' })
export class ProfessionalismComponentScore {
  @Field(() => String, { description: 'KEPEMIMPINAN, FUNGSIONAL, TEKNIS or SEMINAR.' })
  component!: string;

  @Field(() => Boolean, { description: 'Whether the training history meets it.' })
  met!: boolean;

  @Field(() => Float, { description: 'Points earned.' })
  points!: number;

  @Field(() => Float, { description: 'Points it is worth for this jabatan.' })
  maxPoints!: number;
}

@ObjectType({ description: 'The kompetensi dimension (40 of 100) of the Indeks Profesionalitas ASN of one employee, from their training history. Scoring rules are data (reference/professionalism.ts), to verify with BKPSDM.' })
export class ProfessionalismCompetency {
  @Field(() => Float, { description: 'Points of the dimension, 0 to 40.' })
  score!: number;

  @Field(() => Float, { description: 'Share of the dimension fulfilled (score ÷ 40).' })
  fulfilment!: number;

  @Field(() => ProfessionalismCategory, { description: 'Category of the fulfilment in percent.' })
  category!: ProfessionalismCategory;

  @Field(() => [ProfessionalismComponentScore], { description: 'The components for this jabatan.' })
  components!: ProfessionalismComponentScore[];
}

interface History {
  kind: PositionKind;
  leadershipCodes: string[];
  functionalCount: number;
  technicalJpRecent: number;
  seminarsRecent: number;
}

export function categoryOf(fulfilment: number): ProfessionalismCategory {
  const percent = fulfilment * 100;
  return CATEGORIES.find((c) => percent >= c.min)!.category as ProfessionalismCategory;
}

/** Scores one employee's history by the rules of reference/professionalism.ts. */
export function scoreProfessionalism(history: History): ProfessionalismCompetency {
  const points = COMPONENT_POINTS[positionGroup(history.kind)];
  const matching = MATCHING_LEADERSHIP[history.kind] ?? [];
  const met: Record<ProfessionalismComponent, boolean> = {
    KEPEMIMPINAN: history.leadershipCodes.some((code) => matching.includes(code)),
    FUNGSIONAL: history.functionalCount > 0,
    TEKNIS: history.technicalJpRecent >= TECHNICAL_JP_MINIMUM,
    SEMINAR: history.seminarsRecent > 0,
  };
  const components = (Object.entries(points) as [ProfessionalismComponent, number][]).map(([component, maxPoints]) => ({
    component,
    met: met[component],
    points: met[component] ? maxPoints : 0,
    maxPoints,
  }));
  const score = components.reduce((sum, c) => sum + c.points, 0);
  const fulfilment = Math.round((score / COMPETENCY_DIMENSION_MAX) * 10_000) / 10_000;
  return { score, fulfilment, category: categoryOf(fulfilment), components };
}

/**
 * Training histories, in one statement: per employee (`employeeIds`), or, for a scope, grouped by unit
 * and by what the scoring reads (jabatan kind, leadership courses, whether each threshold is met) with
 * the number of employees in each group. A city of a million employees then comes back as a few
 * hundred rows rather than a million, with the same scores.
 */
async function histories(
  em: SqlEntityManager,
  filter: { employeeIds?: readonly number[]; scopeUnitIds?: number[]; status?: string | null },
): Promise<{ id: number | null; unitId: number | null; employees: number; history: History }[]> {
  const since = new Date();
  since.setUTCFullYear(since.getUTCFullYear() - RECENT_YEARS);
  const day = since.toISOString().slice(0, 10);
  const perEmployee = `select e.id, ${filter.scopeUnitIds ? 'c.ancestor_id' : 'null'} as unit_id, p.kind,
            array_agg(distinct k.code) filter (where k.kind = 'KEPEMIMPINAN') as leadership,
            count(t.id) filter (where k.kind = 'FUNGSIONAL')::int as functional,
            coalesce(sum(t.jp_earned) filter (where k.kind = 'TEKNIS' and t.end_date >= ?::date), 0)::float as technical_jp,
            count(t.id) filter (where k.kind = 'SEMINAR' and t.end_date >= ?::date)::int as seminars
       from employee e
       join position p on p.id = e.position_id
       ${filter.scopeUnitIds ? 'join analytics.work_unit_closure c on c.descendant_id = e.work_unit_id' : ''}
       left join training_record t on t.employee_id = e.id and t.status = 'COMPLETED'
       left join course k on k.id = t.course_id
      where ${filter.employeeIds ? 'e.id in (?)' : 'c.ancestor_id in (?)'}${filter.status ? ' and e.status = ?' : ''}
      group by 1, 2, 3`;
  const params = [day, day, filter.employeeIds ?? filter.scopeUnitIds, ...(filter.status ? [filter.status] : [])];
  type Row = { id: number | null; unit_id: number | null; kind: PositionKind; leadership: string[] | null; functional: number; technical_jp: number; seminars: number; n: number };
  // Grouped, the counts become 0/1 and the JP the threshold or 0: the scoring only compares them with its thresholds.
  const rows = filter.employeeIds
    ? await sql<Row>(em, `select h.*, 1 as n from (${perEmployee}) h`, params)
    : await sql<Row>(
        em,
        `select null as id, h.unit_id, h.kind, h.leadership, (h.functional > 0)::int as functional,
                case when h.technical_jp >= ? then ? else 0 end::float as technical_jp, (h.seminars > 0)::int as seminars, count(*)::int as n
           from (${perEmployee}) h
          group by 2, 3, 4, 5, 6, 7`,
        [TECHNICAL_JP_MINIMUM, TECHNICAL_JP_MINIMUM, ...params],
      );
  return rows.map((r) => ({
    id: r.id === null ? null : Number(r.id),
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    employees: Number(r.n),
    history: { kind: r.kind, leadershipCodes: r.leadership ?? [], functionalCount: Number(r.functional), technicalJpRecent: Number(r.technical_jp), seminarsRecent: Number(r.seminars) },
  }));
}

export const professionalismLoader: LoaderFactory<number, ProfessionalismCompetency> = (em) =>
  new DataLoader(async (ids) => {
    const byId = new Map((await histories(em, { employeeIds: ids })).map((h) => [h.id!, scoreProfessionalism(h.history)]));
    return ids.map((id) => byId.get(id)!);
  });

@ObjectType({ description: 'The kompetensi dimension of the Indeks Profesionalitas in one unit.' })
export class UnitProfessionalism {
  @Field(() => DashboardUnit, { description: 'The unit; the whole scope in the summary.' })
  unit!: DashboardUnit;

  @Field(() => Int, { nullable: true, description: 'Employees; null when withheld.' })
  employees!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean points of the dimension (0–40); null when withheld.' })
  meanScore!: number | null;

  @Field(() => ProfessionalismCategory, { nullable: true, description: 'Category of the mean fulfilment.' })
  category!: ProfessionalismCategory | null;

  @Field(() => [Int], { nullable: 'items', description: 'Employees per category, from SANGAT_TINGGI to SANGAT_RENDAH; null where withheld.' })
  categories!: (number | null)[];

  @Field(() => CellReason, { nullable: true, description: 'Why the figures are withheld, if they are.' })
  reason!: CellReason | null;
}

@ObjectType({ description: 'The kompetensi dimension of the Indeks Profesionalitas ASN per unit.' })
export class ProfessionalismCompetencyByUnit {
  @Field(() => [UnitProfessionalism], { description: 'One row per unit.' })
  rows!: UnitProfessionalism[];

  @Field(() => UnitProfessionalism, { description: 'The whole scope.' })
  summary!: UnitProfessionalism;
}

const ORDER = Object.values(ProfessionalismCategory);

/** Per unit: the mean of the dimension and how many employees fall in each category. */
export function professionalismByUnit(em: SqlEntityManager, scopeInput: DashboardScopeInput | undefined): Promise<ProfessionalismCompetencyByUnit> {
  return cached(em, 'ip', { scopeInput }, async () => {
    const minGroupSize = scopeInput?.minGroupSize ?? 5;
    const scopeId = scopeInput?.workUnitId ? Number(scopeInput.workUnitId) : null;
    const scopeUnit = scopeId === null ? null : await check.exists(em, WorkUnit, 'workUnitId', scopeId, 'work unit');
    const rows = await unitsAtDepth(em, scopeId, scopeInput?.unitDepth ?? 1);
    const rowIds = rows.map((r) => Number(r.id));
    const scored = rowIds.length ? await histories(em, { scopeUnitIds: rowIds, status: scopeInput?.employeeStatus }) : [];
    const depth = scopeInput?.unitDepth ?? 1;
    const control = scopeInput?.controlled
      ? await unitStatusReasons(em, { scopeIds: scopeId === null ? [] : [scopeId], depth, status: scopeInput.employeeStatus ?? null, k: minGroupSize }, EMPLOYEES_PER_UNIT)
      : null;
    // Under control the summary is the whole scope (with the people working directly in the unit), the
    // node the decisions publish, so it never differs from the published rows by a withheld few.
    const wholeIds = async () => (scopeId !== null ? [scopeId] : (await unitsAtDepth(em, null, 1)).map((u) => Number(u.id)));
    const wholeScope = control ? await histories(em, { scopeUnitIds: await wholeIds(), status: scopeInput?.employeeStatus }) : scored;
    const summarize = (unit: DashboardUnit, groups: typeof scored, node: string): UnitProfessionalism => {
      const employees = groups.reduce((sum, g) => sum + g.employees, 0);
      const reason = control ? control.reason(node) : employees === 0 ? CellReason.NO_DATA : employees < minGroupSize ? CellReason.SUPPRESSED : null;
      const scores = groups.map((g) => ({ ...scoreProfessionalism(g.history), employees: g.employees }));
      const mean = employees ? scores.reduce((sum, s) => sum + s.score * s.employees, 0) / employees : 0;
      return {
        unit,
        employees: control && reason === CellReason.SUPPRESSED ? null : employees,
        meanScore: reason ? null : Math.round(mean * 100) / 100,
        category: reason ? null : categoryOf(mean / COMPETENCY_DIMENSION_MAX),
        categories: ORDER.map((c) => (reason ? null : scores.filter((s) => s.category === c).reduce((sum, s) => sum + s.employees, 0))),
        reason,
      };
    };
    return {
      rows: rows.map((u) => summarize({ id: String(u.id), label: u.short_name ?? u.name, kind: u.kind }, scored.filter((s) => s.unitId === Number(u.id)), String(u.id))),
      // The rows partition the scope's employees below it (the whole city for the top-level units).
      summary: summarize(
        scopeUnit ? { id: String(scopeUnit.id), label: scopeUnit.shortName ?? scopeUnit.name, kind: scopeUnit.kind } : { id: 'CITY', label: 'Kota Palembang', kind: null },
        wholeScope,
        scopeNode(scopeId),
      ),
    };
  }, { mayBeStale: true });
}
