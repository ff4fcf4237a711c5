import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import { groupBy, type LoaderFactory } from '../../common/loaders.js';
import { AssessmentMethod } from './competency-assessment.entity.js';

/** One row of the `current_competency` view: the derived current level of one competency. */
export interface CurrentLevelRow {
  employeeId: number;
  competencyId: number;
  level: number;
  assessmentId: number;
  method: AssessmentMethod;
  assessedOn: string;
}

@ObjectType({ description: 'The current level of an employee on one competency, derived from the latest assessment (see docs/data-model.md).' })
export class CurrentCompetency {
  competencyId!: number;
  assessmentId!: number;

  @Field(() => Int, { description: 'Current level, 1 to 5.' })
  level!: number;

  @Field(() => AssessmentMethod, { description: 'How the level was established.' })
  method!: AssessmentMethod;

  @Field(() => String, { description: 'Day of the assessment the level comes from (YYYY-MM-DD).' })
  assessedOn!: string;
}

const toRow = (r: Record<string, unknown>): CurrentLevelRow => ({
  employeeId: Number(r.employee_id),
  competencyId: Number(r.competency_id),
  level: Number(r.level),
  assessmentId: Number(r.assessment_id),
  method: r.method as AssessmentMethod,
  assessedOn: String(r.assessed_on),
});

/** The current levels of many employees in one statement (the view pushes the filter into its index scan). */
export async function currentLevels(em: SqlEntityManager, employeeIds: readonly number[]): Promise<CurrentLevelRow[]> {
  if (employeeIds.length === 0) return [];
  const rows = await em.getConnection().execute(
    `select employee_id, competency_id, level, assessment_id, method, assessed_on::text as assessed_on
       from current_competency where employee_id in (?) order by employee_id, competency_id`,
    [employeeIds],
  );
  return rows.map(toRow);
}

export const currentLevelsLoader: LoaderFactory<number, CurrentLevelRow[]> = (em) =>
  new DataLoader(async (ids) => groupBy(ids, await currentLevels(em, ids), (r) => r.employeeId));
