import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/errors.js';
import { loadRelation } from '../../common/loading.js';
import { ownedListLoader } from '../../common/loaders.js';
import { Connection, OrderDirection, PageArgs, readPage } from '../../common/pagination.js';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import type { RequestContext } from '../../context.js';
import type { Access } from '../access/access.js';
import { ProfessionalismCompetency, professionalismLoader } from '../analytics/professionalism.js';
import { recommendedCoursesLoader } from '../analytics/training-plan.service.js';
import { CourseRecommendation } from '../analytics/training-plan.types.js';
import { CompetencyGap, competencyGapsLoader } from '../assessment/competency-gap.js';
import { AssessmentMethod, CompetencyAssessment } from '../assessment/competency-assessment.entity.js';
import { CurrentCompetency, currentLevelsLoader } from '../assessment/current-level.js';
import { PotentialAssessment } from '../assessment/potential-assessment.entity.js';
import { PerformanceEvaluation } from '../performance/performance-evaluation.entity.js';
import { TalentBox, talentBoxLoader } from '../performance/talent-box.js';
import { Position, PositionKind } from '../position/position.entity.js';
import { TrainingKind } from '../training/course.entity.js';
import { DevelopmentHours, developmentHoursLoader } from '../training/development-hours.js';
import { TrainingRecord, TrainingStatus } from '../training/training-record.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { Employee, EmployeeStatus } from './employee.entity.js';
import {
  CreateEmployeeInput,
  CreateEmployeePayload,
  MoveEmployeeInput,
  MoveEmployeePayload,
  UpdateEmployeeInput,
  UpdateEmployeePayload,
} from './employee.inputs.js';
import { employeeWriteService } from './employee-write.service.js';
import { type EmployeeFilter, EmployeeOrderField, employeeService } from './employee.service.js';

registerDescribedEnum(EmployeeOrderField, 'EmployeeOrderField', 'Fields employees can be ordered by.', {
  ID: 'The id (the order records were created in); for roles that see employees pseudonymised, the pseudonym.',
  NAME: 'The name.',
  NIP: 'The NIP (by birth date, then start of service).',
});

export const EmployeeConnection = Connection(Employee, 'employee');

@InputType({ description: 'An ordering of employees.' })
export class EmployeeOrder {
  @Field(() => EmployeeOrderField, { description: 'The field to order by.' })
  field!: EmployeeOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'The direction (default ASC).' })
  direction?: OrderDirection | null;
}

/** The filters of every list of employees. */
@ArgsType()
export class EmployeeFilterArgs extends PageArgs {
  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  status?: EmployeeStatus | null;

  @Field(() => String, { nullable: true, description: 'Only employees in this golongan, e.g. "III/a" or "IX".' })
  golongan?: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'Only employees whose jabatan is of this kind.' })
  positionKind?: PositionKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, or the first digits of the NIP.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only employees whose current level on this competency (by code, e.g. "M.05") is below the standard of their jabatan.' })
  belowStandardOn?: string | null;

  @Field(() => EmployeeOrder, { nullable: true, description: 'The order of the list (default: by id).' })
  orderBy?: EmployeeOrder | null;
}

export const employeeFilter = (args: EmployeeFilterArgs) => ({
  status: args.status,
  golongan: args.golongan,
  positionKind: args.positionKind,
  search: args.search,
  belowStandardOn: args.belowStandardOn,
  orderBy: args.orderBy ? { field: args.orderBy.field, direction: args.orderBy.direction ?? OrderDirection.ASC } : null,
});

@ArgsType()
class EmployeesArgs extends EmployeeFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only employees of this work unit and of the units below it.' })
  workUnitId?: string | null;
}

const trainingRecordsOf = ownedListLoader(TrainingRecord, 'employee', { startDate: 'asc', id: 'asc' }, (variant) => {
  const { year, kind, status } = JSON.parse(variant || '{}') as { year?: number; kind?: TrainingKind; status?: TrainingStatus };
  return {
    ...(year ? { startDate: { $lte: `${year}-12-31` }, $or: [{ endDate: { $gte: `${year}-01-01` } }, { endDate: null, startDate: { $gte: `${year}-01-01` } }] } : {}),
    ...(kind ? { course: { kind } } : {}),
    ...(status ? { status } : {}),
  };
});
const assessmentsOf = ownedListLoader(CompetencyAssessment, 'employee', { assessedOn: 'asc', id: 'asc' }, (variant) => {
  const { competencyId, method } = JSON.parse(variant || '{}') as { competencyId?: number; method?: AssessmentMethod };
  return { ...(competencyId ? { competency: competencyId } : {}), ...(method ? { method } : {}) };
});
const evaluationsOf = ownedListLoader(PerformanceEvaluation, 'employee', { year: 'asc', period: 'asc' });
const potentialsOf = ownedListLoader(PotentialAssessment, 'employee', { assessedOn: 'asc', id: 'asc' });
const reportsOf = ownedListLoader(Employee, 'supervisor', { name: 'asc' });

/**
 * A page of employees as the viewer may list them: scoped; for pseudonymous views never searched or
 * ordered by name, filtered only by what the rows show (a top-level unit, not an exact one), in
 * pseudonym order.
 */
export async function listEmployees(em: SqlEntityManager, access: Access, filter: EmployeeFilter, args: PageArgs, unitArgument = 'workUnitId') {
  if (filter.search) access.assertMayIdentify('search');
  if (filter.orderBy && filter.orderBy.field !== EmployeeOrderField.ID) access.assertMayIdentify('orderBy');
  if (access.pseudonymises) {
    await access.assertUnitFilter(filter.workUnitId ?? filter.exactWorkUnitId, unitArgument);
    if (filter.exactWorkUnitId) throw DomainError.forbidden('includeSubUnits: your role sees employees pseudonymised, with their top-level unit only, so it lists the people of a whole top-level unit, sub-units included');
    const page = readPage({ first: args.first });
    return EmployeeConnection.from(await employeeService.listPseudonymised(em, await access.release(), filter, { limit: page.limit, after: args.after ?? null }));
  }
  return EmployeeConnection.from(await employeeService.list(em, filter, readPage(args), await access.employeeWhere()));
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => EmployeeConnection, { description: 'Employees (ASN) of the city, ordered by id.' })
  async employees(@Args(() => EmployeesArgs) args: EmployeesArgs, @Ctx() { em, access }: RequestContext) {
    const filter = { ...employeeFilter(args), workUnitId: args.workUnitId ? Number(args.workUnitId) : null };
    return listEmployees(em, access, filter, args);
  }

  @Query(() => Employee, {
    description:
      'One employee, by id or by NIP (give exactly one). An employee that does not exist and one outside what your role may see get the same NOT_FOUND error.',
  })
  employee(
    @Ctx() { em, access }: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Id of the employee (the pseudonym, for roles that see employees pseudonymised).' }) id?: string,
    @Arg('nip', () => String, { nullable: true, description: 'NIP of the employee (18 digits, spaces allowed).' }) nip?: string,
  ) {
    if ((id == null) === (nip == null)) throw DomainError.badInput('id', 'Give either id or nip, not both and not neither');
    if (nip != null) access.assertMayIdentify('nip');
    return employeeService.findVisible(em, access, id != null ? { id } : { nip: nip! });
  }

  @Mutation(() => CreateEmployeePayload, { description: 'Adds an employee. The NIP must be valid and new; birth date and gender must agree with it.' })
  async createEmployee(@Arg('input', () => CreateEmployeeInput, { description: 'The new employee.' }) input: CreateEmployeeInput, @Ctx() { em }: RequestContext) {
    return { employee: await employeeWriteService.create(em, input) };
  }

  @Mutation(() => UpdateEmployeePayload, { description: 'Changes an employee\'s name, status, golongan, education or supervisor.' })
  async updateEmployee(@Arg('input', () => UpdateEmployeeInput, { description: 'The changes.' }) input: UpdateEmployeeInput, @Ctx() { em }: RequestContext) {
    return { employee: await employeeWriteService.update(em, input) };
  }

  @Mutation(() => MoveEmployeePayload, { description: 'Moves an employee to another jabatan and/or work unit (mutasi, promotion).' })
  async moveEmployee(@Arg('input', () => MoveEmployeeInput, { description: 'The move.' }) input: MoveEmployeeInput, @Ctx() { em }: RequestContext) {
    return { employee: await employeeWriteService.move(em, input) };
  }

  @FieldResolver(() => WorkUnit, {
    nullable: true,
    description: 'The work unit the employee works in. Null, with a FORBIDDEN error, for roles that see employees pseudonymised (use `topWorkUnit`).',
  })
  workUnit(@Root() employee: Employee) {
    return loadRelation(employee.workUnit);
  }

  @FieldResolver(() => WorkUnit, {
    nullable: true,
    description:
      'The top-level unit (perangkat daerah) the employee works in: the unit itself when it is top-level. For roles that see employees pseudonymised, null with a FORBIDDEN error on the rows too few others share it with (k-anonymity).',
  })
  async topWorkUnit(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    const unit = await loadRelation(employee.workUnit);
    if (!unit) return null;
    const ancestors = await loaders.get(workUnitService.ancestorsLoader).load(unit.id);
    return ancestors[0] ?? unit;
  }

  @FieldResolver(() => Position, {
    nullable: true,
    description: 'The jabatan the employee holds. Null, with a FORBIDDEN error, for roles that see employees pseudonymised (use `positionKind`).',
  })
  position(@Root() employee: Employee) {
    return loadRelation(employee.position);
  }

  @FieldResolver(() => PositionKind, {
    nullable: true,
    description:
      'The kind of the jabatan the employee holds. For roles that see employees pseudonymised, null with a FORBIDDEN error on the rows too few others share it with (k-anonymity).',
  })
  async positionKind(@Root() employee: Employee) {
    return (await loadRelation(employee.position))?.kind ?? null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The direct supervisor (atasan langsung), if any. Null, with a FORBIDDEN error, for roles that see employees pseudonymised.',
  })
  supervisor(@Root() employee: Employee) {
    return loadRelation(employee.supervisor);
  }

  @FieldResolver(() => [Employee], {
    nullable: true,
    description: 'Employees whose direct supervisor this employee is, by name. Null, with a FORBIDDEN error, for roles that see employees pseudonymised.',
  })
  directReports(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(reportsOf).load(employee.id);
  }

  @FieldResolver(() => [CurrentCompetency], { description: 'The current level on every competency ever assessed, derived from the latest assessments.' })
  currentCompetencies(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(currentLevelsLoader).load(employee.id);
  }

  @FieldResolver(() => [CompetencyGap], { description: 'Required against current level for each competency of the standard of the employee\'s jabatan; critical ones first.' })
  competencyGaps(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(competencyGapsLoader).load(employee.id);
  }

  @FieldResolver(() => [CourseRecommendation], { description: 'Courses that would close the most of this employee\'s gaps per JP, excluding courses done, running or planned.' })
  recommendedCourses(
    @Root() employee: Employee,
    @Ctx() { loaders }: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 1 to 20 (default 5).' }) first?: number,
  ) {
    const count = first ?? 5;
    if (!Number.isInteger(count) || count < 1 || count > 20) throw DomainError.badInput('first', 'first must be between 1 and 20');
    return loaders.get(recommendedCoursesLoader, String(count)).load(employee.id);
  }

  @FieldResolver(() => ProfessionalismCompetency, { description: 'The kompetensi dimension (of 40) of the Indeks Profesionalitas ASN, from the training history.' })
  professionalismCompetency(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(professionalismLoader).load(employee.id);
  }

  @FieldResolver(() => [DevelopmentHours], { description: 'JP of completed training per year, against the 20 JP a year; years without completed training are absent.' })
  jpByYear(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(developmentHoursLoader).load(employee.id);
  }

  @FieldResolver(() => TalentBox, { nullable: true, description: 'Place in the talent 9-box; null unless both an annual SKP and a potential assessment exist.' })
  talentBox(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(talentBoxLoader).load(employee.id);
  }

  @FieldResolver(() => [TrainingRecord], { description: 'Training history (riwayat pelatihan), oldest first.' })
  trainingRecords(
    @Root() employee: Employee,
    @Ctx() { loaders }: RequestContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only trainings running during this year.' }) year?: number,
    @Arg('kind', () => TrainingKind, { nullable: true, description: 'Only trainings of this kind.' }) kind?: TrainingKind,
    @Arg('status', () => TrainingStatus, { nullable: true, description: 'Only trainings in this state.' }) status?: TrainingStatus,
  ) {
    return loaders.get(trainingRecordsOf, JSON.stringify({ year, kind, status })).load(employee.id);
  }

  @FieldResolver(() => [CompetencyAssessment], { description: 'Every assessment of the employee (the evidence log), oldest first.' })
  assessments(
    @Root() employee: Employee,
    @Ctx() { loaders }: RequestContext,
    @Arg('competencyId', () => ID, { nullable: true, description: 'Only assessments of this competency.' }) competencyId?: string,
    @Arg('method', () => AssessmentMethod, { nullable: true, description: 'Only assessments made this way.' }) method?: AssessmentMethod,
  ) {
    return loaders.get(assessmentsOf, JSON.stringify({ competencyId: competencyId ? Number(competencyId) : undefined, method })).load(employee.id);
  }

  @FieldResolver(() => [PerformanceEvaluation], { description: 'SKP evaluations, oldest first.' })
  performanceEvaluations(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(evaluationsOf).load(employee.id);
  }

  @FieldResolver(() => [PotentialAssessment], { description: 'Potential assessments, oldest first.' })
  potentialAssessments(@Root() employee: Employee, @Ctx() { loaders }: RequestContext) {
    return loaders.get(potentialsOf).load(employee.id);
  }
}
