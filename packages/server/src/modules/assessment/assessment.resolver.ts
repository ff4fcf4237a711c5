import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadById, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { writerOf } from '../access/separation-of-duties.js';
import { EnteredBy, enteredByOf } from '../auth/entered-by.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { CompetencyGap } from './competency-gap.js';
import { AssessmentMethod, CompetencyAssessment } from './competency-assessment.entity.js';
import {
  RecordCompetencyAssessmentInput,
  RecordCompetencyAssessmentPayload,
  RecordPotentialAssessmentInput,
  RecordPotentialAssessmentPayload,
} from './assessment.inputs.js';
import { assessmentWriteService } from './assessment-write.service.js';
import { assessmentService } from './assessment.service.js';
import { CurrentCompetency } from './current-level.js';
import { PotentialAssessment, PotentialBand } from './potential-assessment.entity.js';

export const CompetencyAssessmentConnection = Connection(CompetencyAssessment, 'competency assessment');
export const PotentialAssessmentConnection = Connection(PotentialAssessment, 'potential assessment');

@ArgsType()
class CompetencyAssessmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only assessments of this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assessments of employees of this work unit and the units below it.' })
  workUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assessments of this competency.' })
  competencyId?: string | null;

  @Field(() => AssessmentMethod, { nullable: true, description: 'Only assessments made this way.' })
  method?: AssessmentMethod | null;

  @Field(() => String, { nullable: true, description: 'Only assessments on or after this day (YYYY-MM-DD).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only assessments on or before this day (YYYY-MM-DD).' })
  to?: string | null;
}

@ArgsType()
class PotentialAssessmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only assessments of employees of this work unit and the units below it.' })
  workUnitId?: string | null;

  @Field(() => PotentialBand, { nullable: true, description: 'Only assessments in this band.' })
  band?: PotentialBand | null;
}

@Resolver(() => CompetencyAssessment)
export class CompetencyAssessmentResolver {
  @Query(() => CompetencyAssessmentConnection, { description: 'Competency assessments (the evidence log), ordered by id.' })
  async competencyAssessments(@Args(() => CompetencyAssessmentsArgs) args: CompetencyAssessmentsArgs, @Ctx() { em, access }: RequestContext) {
    const filter = {
      // An id that names nobody the viewer may name (a database id from an analyst) matches nothing.
      employeeId: args.employeeId ? (access.employeeIdOf(args.employeeId) ?? -1) : null,
      workUnitId: args.workUnitId ? Number(args.workUnitId) : null,
      competencyId: args.competencyId ? Number(args.competencyId) : null,
      method: args.method,
      from: args.from,
      to: args.to,
    };
    await access.assertUnitFilter(filter.workUnitId, 'workUnitId');
    return CompetencyAssessmentConnection.from(await assessmentService.list(em, filter, readPage(args), access));
  }

  @Mutation(() => RecordCompetencyAssessmentPayload, {
    description: 'Records evidence of an employee\'s level on a competency. Assessments are append-only: a correction is a new assessment. The assessor is the caller (a supervisor rating a report, an employee\'s SELF assessment) or, for BKPSDM, the assessor entered for; nobody records an assessment of themselves other than SELF (docs/security.md, Separation of duties).',
  })
  async recordCompetencyAssessment(
    @Arg('input', () => RecordCompetencyAssessmentInput, { description: 'The assessment.' }) input: RecordCompetencyAssessmentInput,
    @Ctx() { em, access }: RequestContext,
  ) {
    return { assessment: await assessmentWriteService.recordCompetency(em, input, writerOf(access.viewer)) };
  }

  @FieldResolver(() => Employee, { description: 'The employee assessed.' })
  employee(@Root() assessment: CompetencyAssessment) {
    return loadRelation(assessment.employee);
  }

  @FieldResolver(() => Competency, { description: 'The competency assessed.' })
  competency(@Root() assessment: CompetencyAssessment) {
    return loadRelation(assessment.competency);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The assessor, when an employee of the city (e.g. the supervisor).' })
  assessor(@Root() assessment: CompetencyAssessment) {
    return loadRelation(assessment.assessor);
  }

  @FieldResolver(() => EnteredBy, { nullable: true, description: 'The account that entered the assessment (null for older rows and the demo data); `onBehalf` when BKPSDM entered it for the assessor.' })
  enteredBy(@Root() assessment: CompetencyAssessment) {
    return enteredByOf(assessment.enteredBy, assessment.method === AssessmentMethod.SELF ? assessment.employee.id : (assessment.assessor?.id ?? null));
  }
}

@Resolver(() => PotentialAssessment)
export class PotentialAssessmentResolver {
  @Query(() => PotentialAssessmentConnection, { description: 'Potential assessments (the potensi axis of the 9-box), ordered by id.' })
  async potentialAssessments(@Args(() => PotentialAssessmentsArgs) args: PotentialAssessmentsArgs, @Ctx() { em, access }: RequestContext) {
    const filter = { workUnitId: args.workUnitId ? Number(args.workUnitId) : null, band: args.band };
    await access.assertUnitFilter(filter.workUnitId, 'workUnitId');
    return PotentialAssessmentConnection.from(await assessmentService.listPotential(em, filter, readPage(args), access));
  }

  @Mutation(() => RecordPotentialAssessmentPayload, { description: 'Records a potential assessment; its band follows from the thresholds in force.' })
  async recordPotentialAssessment(
    @Arg('input', () => RecordPotentialAssessmentInput, { description: 'The assessment.' }) input: RecordPotentialAssessmentInput,
    @Ctx() { em }: RequestContext,
  ) {
    return { potentialAssessment: await assessmentWriteService.recordPotential(em, input) };
  }

  @FieldResolver(() => Employee, { description: 'The employee assessed.' })
  employee(@Root() assessment: PotentialAssessment) {
    return loadRelation(assessment.employee);
  }
}

@Resolver(() => CurrentCompetency)
export class CurrentCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  competency(@Root() current: CurrentCompetency, @Ctx() { em, loaders }: RequestContext) {
    return loadById(em, loaders, Competency, current.competencyId);
  }

  @FieldResolver(() => CompetencyAssessment, { description: 'The assessment the current level comes from.' })
  assessment(@Root() current: CurrentCompetency, @Ctx() { em, loaders }: RequestContext) {
    return loadById(em, loaders, CompetencyAssessment, current.assessmentId);
  }
}

@Resolver(() => CompetencyGap)
export class CompetencyGapResolver {
  @FieldResolver(() => Competency, { description: 'The competency of the standard.' })
  competency(@Root() gap: CompetencyGap, @Ctx() { em, loaders }: RequestContext) {
    return loadById(em, loaders, Competency, gap.competencyId);
  }
}
