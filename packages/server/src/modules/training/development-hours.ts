import type { SqlEntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { groupBy, type LoaderFactory } from '../../common/loaders.js';
import { RuleViolation } from '../../common/rule-violation.js';

/**
 * Every PNS has the right to at least 20 JP of competency development a year (PP 11/2017 as amended
 * by PP 17/2020; Peraturan LAN 10/2018).
 */
export const ANNUAL_JP_TARGET = 20;

/**
 * The most JP a training can credit per calendar day between its first and last day (both
 * included): 10 JP of 45 minutes is 7.5 hours of lessons, a full classroom day (docs/decisions.md).
 * A 480 JP course therefore takes at least 48 days; the demo city's classroom courses run at 8 JP
 * a day and its e-learning at 3.
 */
export const MAX_JP_PER_DAY = 10;

/** Calendar days from `startDate` to `endDate`, both included (YYYY-MM-DD). */
function daysInclusive(startDate: string, endDate: string): number {
  return Math.round((Date.parse(endDate) - Date.parse(startDate)) / 86_400_000) + 1;
}

/**
 * Refuses JP that do not fit the dates: more than MAX_JP_PER_DAY per calendar day. The fault is
 * reported on `endDate` (the API's field, an import's end-date column): the dates are what a
 * person checks against the certificate.
 */
export function checkJpFitsDates(jp: number, startDate: string, endDate: string): void {
  const days = daysInclusive(startDate, endDate);
  if (jp <= days * MAX_JP_PER_DAY) return;
  const needed = Math.ceil(jp / MAX_JP_PER_DAY);
  throw RuleViolation.invalid(
    'endDate',
    `${jp} JP cannot be earned in ${days} day(s) from ${startDate} to ${endDate}: at most ${MAX_JP_PER_DAY} JP a day, so at least ${needed} days`,
    `${jp} JP tidak mungkin diperoleh dalam ${days} hari dari ${startDate} sampai ${endDate}: paling banyak ${MAX_JP_PER_DAY} JP sehari, jadi paling sedikit ${needed} hari`,
  );
}

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
