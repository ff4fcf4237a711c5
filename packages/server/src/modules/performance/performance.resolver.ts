import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { loadRelation } from '../../common/loading.js';
import { paginate } from '../../common/paginate.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { writerOf } from '../access/separation-of-duties.js';
import { EnteredBy, enteredByOf } from '../auth/entered-by.js';
import { Employee } from '../employee/employee.entity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { EvaluationPeriod, PerformanceEvaluation, Predikat } from './performance-evaluation.entity.js';
import { RecordPerformanceEvaluationInput, RecordPerformanceEvaluationPayload } from './performance.inputs.js';
import { performanceWriteService } from './performance-write.service.js';

export const PerformanceEvaluationConnection = Connection(PerformanceEvaluation, 'performance evaluation (SKP)');

@ArgsType()
class PerformanceEvaluationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only evaluations of employees of this work unit and the units below it.' })
  workUnitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only evaluations of this year.' })
  year?: number | null;

  @Field(() => EvaluationPeriod, { nullable: true, description: 'Only evaluations of this period.' })
  period?: EvaluationPeriod | null;

  @Field(() => Predikat, { nullable: true, description: 'Only evaluations with this predikat.' })
  predikat?: Predikat | null;
}

@Resolver(() => PerformanceEvaluation)
export class PerformanceEvaluationResolver {
  @Query(() => PerformanceEvaluationConnection, { description: 'SKP evaluations, ordered by id.' })
  async performanceEvaluations(@Args(() => PerformanceEvaluationsArgs) args: PerformanceEvaluationsArgs, @Ctx() { em, access }: RequestContext) {
    const where: FilterQuery<PerformanceEvaluation> = {};
    await access.assertUnitFilter(args.workUnitId ? Number(args.workUnitId) : null, 'workUnitId');
    if (args.workUnitId) where.employee = { workUnit: { $in: await workUnitService.subtreeIds(em, Number(args.workUnitId)) } };
    if (args.year) where.year = args.year;
    if (args.period) where.period = args.period;
    if (args.predikat) where.predikat = args.predikat;
    return PerformanceEvaluationConnection.from(await paginate(em, PerformanceEvaluation, await access.scopedToEmployees(where), readPage(args)));
  }

  @Mutation(() => RecordPerformanceEvaluationPayload, {
    description: 'Records an SKP evaluation; the predikat is derived from the results × behaviour matrix. The evaluator is the caller (a supervisor of the employee) or, for BKPSDM, the evaluator entered for; nobody records their own SKP (docs/security.md, Separation of duties).',
  })
  async recordPerformanceEvaluation(
    @Arg('input', () => RecordPerformanceEvaluationInput, { description: 'The evaluation.' }) input: RecordPerformanceEvaluationInput,
    @Ctx() { em, access }: RequestContext,
  ) {
    return { performanceEvaluation: await performanceWriteService.record(em, input, writerOf(access.viewer)) };
  }

  @FieldResolver(() => Employee, { description: 'The employee evaluated.' })
  employee(@Root() evaluation: PerformanceEvaluation) {
    return loadRelation(evaluation.employee);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The evaluator (pejabat penilai kinerja), when recorded.' })
  evaluator(@Root() evaluation: PerformanceEvaluation) {
    return loadRelation(evaluation.evaluator);
  }

  @FieldResolver(() => EnteredBy, { nullable: true, description: 'The account that entered the evaluation (null for older rows and the demo data); `onBehalf` when BKPSDM entered it for the evaluator.' })
  enteredBy(@Root() evaluation: PerformanceEvaluation) {
    return enteredByOf(evaluation.enteredBy, evaluation.evaluator?.id ?? null);
  }
}
