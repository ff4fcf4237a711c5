import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { groupBy, type LoaderFactory } from '../../common/loaders.js';

/**
 * Every PNS has the right to at least 20 JP of competency development a year (PP 11/2017 as amended
 * by PP 17/2020; Peraturan LAN 10/2018).
 */
export const ANNUAL_JP_TARGET = 20;

@ObjectType({ description: 'Lesson hours (JP) of completed training in one year, against the right to 20 JP a year.' })
export class DevelopmentHours {
  employeeId!: number;

  @Field(() => Int, { description: 'Calendar year in which the trainings ended.' })
  year!: number;

  @Field(() => Float, { description: 'JP earned from trainings completed in the year.' })
  jp!: number;

  @Field(() => Int, { description: 'Number of trainings completed in the year.' })
  completedTrainings!: number;

  @Field(() => Boolean, { description: 'Whether the year reaches the 20 JP of PP 17/2020.' })
  meetsTarget!: boolean;
}

/** JP per employee and year, from completed trainings, in one statement. */
export async function developmentHours(em: SqlEntityManager, employeeIds: readonly number[]): Promise<DevelopmentHours[]> {
  if (employeeIds.length === 0) return [];
  const rows = await em.getConnection().execute(
    `select employee_id, extract(year from end_date)::int as year, sum(jp_earned)::float as jp, count(*)::int as completed
       from training_record where status = 'COMPLETED' and employee_id in (?)
      group by employee_id, year order by employee_id, year`,
    [employeeIds],
  );
  return rows.map((r: Record<string, unknown>) =>
    Object.assign(new DevelopmentHours(), {
      employeeId: Number(r.employee_id),
      year: Number(r.year),
      jp: Number(r.jp),
      completedTrainings: Number(r.completed),
      meetsTarget: Number(r.jp) >= ANNUAL_JP_TARGET,
    }),
  );
}

export const developmentHoursLoader: LoaderFactory<number, DevelopmentHours[]> = (em) =>
  new DataLoader(async (ids) => groupBy(ids, await developmentHours(em, ids), (r) => r.employeeId));
