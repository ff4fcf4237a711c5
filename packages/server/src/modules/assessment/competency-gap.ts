import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { groupBy, type LoaderFactory } from '../../common/loaders.js';

export enum GapStatus {
  NO_DATA = 'NO_DATA',
  BELOW_STANDARD = 'BELOW_STANDARD',
  MEETS_STANDARD = 'MEETS_STANDARD',
  ABOVE_STANDARD = 'ABOVE_STANDARD',
}
registerDescribedEnum(GapStatus, 'GapStatus', 'How a current level compares with the required level.', {
  NO_DATA: 'Never assessed: no data, which is neither a gap of zero nor a level of zero.',
  BELOW_STANDARD: 'Below the required level: a competency gap.',
  MEETS_STANDARD: 'At the required level.',
  ABOVE_STANDARD: 'Above the required level.',
});

/** Required against current level for one competency of a position's standard. */
@ObjectType({ description: 'A competency gap: the level a jabatan requires against the employee\'s current level.' })
export class CompetencyGap {
  competencyId!: number;

  @Field(() => Int, { description: 'Level the position\'s standard requires.' })
  requiredLevel!: number;

  @Field(() => Int, { nullable: true, description: 'Current level; null when never assessed (NO_DATA).' })
  currentLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Required minus current level (negative above the standard); null when NO_DATA.' })
  gap!: number | null;

  @Field(() => GapStatus, { description: 'Whether the employee is below, at or above the standard, or not assessed.' })
  status!: GapStatus;

  @Field(() => Float, { description: 'Weight of the competency in the standard.' })
  weight!: number;

  @Field(() => Boolean, { description: 'Whether the competency is critical for the position.' })
  critical!: boolean;
}

export function gapStatus(required: number, current: number | null): GapStatus {
  if (current === null) return GapStatus.NO_DATA;
  return current < required ? GapStatus.BELOW_STANDARD : current === required ? GapStatus.MEETS_STANDARD : GapStatus.ABOVE_STANDARD;
}

/** Gaps against the standard of each employee's own position, many employees in one statement. */
export async function competencyGaps(em: SqlEntityManager, employeeIds: readonly number[]): Promise<(CompetencyGap & { employeeId: number })[]> {
  if (employeeIds.length === 0) return [];
  const rows = await em.getConnection().execute(
    `with cur as (select employee_id, competency_id, level from current_competency where employee_id in (?))
     select e.id as employee_id, r.competency_id, r.required_level, r.weight, r.critical, cur.level as current_level
       from employee e
       join position_requirement r on r.position_id = e.position_id
       left join cur on cur.employee_id = e.id and cur.competency_id = r.competency_id
      where e.id in (?)
      order by e.id, r.critical desc, r.competency_id`,
    [employeeIds, employeeIds],
  );
  return rows.map((r: Record<string, unknown>) => {
    const required = Number(r.required_level);
    const current = r.current_level === null ? null : Number(r.current_level);
    return Object.assign(new CompetencyGap(), {
      employeeId: Number(r.employee_id),
      competencyId: Number(r.competency_id),
      requiredLevel: required,
      currentLevel: current,
      gap: current === null ? null : required - current,
      status: gapStatus(required, current),
      weight: Number(r.weight),
      critical: Boolean(r.critical),
    });
  });
}

export const competencyGapsLoader: LoaderFactory<number, CompetencyGap[]> = (em) =>
  new DataLoader(async (ids) => groupBy(ids, await competencyGaps(em, ids), (r) => r.employeeId));
