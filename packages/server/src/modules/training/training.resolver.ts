import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ownedList } from '../../common/loaders.js';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { writerOf } from '../access/separation-of-duties.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { Course, CourseCompetency, CourseMode, TrainingKind } from './course.entity.js';
import { ProviderKind, TrainingProvider } from './training-provider.entity.js';
import { TrainingRecord, TrainingStatus } from './training-record.entity.js';
import {
  CompleteTrainingInput,
  CompleteTrainingPayload,
  CreateCourseInput,
  CreateCoursePayload,
  CreateTrainingProviderInput,
  CreateTrainingProviderPayload,
  FailTrainingInput,
  ScheduleTrainingInput,
  StartTrainingInput,
  TrainingRecordPayload,
  UpdateCourseInput,
  UpdateCoursePayload,
  UpdateTrainingProviderInput,
  UpdateTrainingProviderPayload,
} from './training.inputs.js';
import { trainingWriteService } from './training-write.service.js';
import { trainingService } from './training.service.js';

export const CourseConnection = Connection(Course, 'course');
export const TrainingProviderConnection = Connection(TrainingProvider, 'training provider');
export const TrainingRecordConnection = Connection(TrainingRecord, 'training record');

@ArgsType()
class CoursesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only courses of this provider.' })
  providerId?: string | null;

  @Field(() => TrainingKind, { nullable: true, description: 'Only courses of this kind.' })
  kind?: TrainingKind | null;

  @Field(() => CourseMode, { nullable: true, description: 'Only courses in this mode of delivery.' })
  mode?: CourseMode | null;

  @Field(() => ID, { nullable: true, description: 'Only courses that develop this competency.' })
  competencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only courses whose title contains this text.' })
  search?: string | null;
}

@ArgsType()
class TrainingProvidersArgs extends PageArgs {
  @Field(() => ProviderKind, { nullable: true, description: 'Only providers of this kind.' })
  kind?: ProviderKind | null;
}

@ArgsType()
class TrainingRecordsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only trainings of this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only trainings of employees of this work unit and the units below it.' })
  workUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only trainings in this course.' })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only trainings in courses of this provider.' })
  providerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only trainings running during this year.' })
  year?: number | null;

  @Field(() => TrainingKind, { nullable: true, description: 'Only trainings of this kind.' })
  kind?: TrainingKind | null;

  @Field(() => TrainingStatus, { nullable: true, description: 'Only trainings in this state.' })
  status?: TrainingStatus | null;

  @Field(() => ProviderKind, { nullable: true, description: 'Only trainings in courses of providers of this kind (e.g. KOMDIGI).' })
  providerKind?: ProviderKind | null;

  @Field(() => String, { nullable: true, description: 'Only trainings that ended on or after this day (YYYY-MM-DD).' })
  endedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Only trainings that ended on or before this day (YYYY-MM-DD).' })
  endedTo?: string | null;
}

const id = (value?: string | null) => (value ? Number(value) : null);

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => CourseConnection, { description: 'The course catalogue, ordered by id.' })
  async courses(@Args(() => CoursesArgs) args: CoursesArgs, @Ctx() { em }: RequestContext) {
    const filter = { providerId: id(args.providerId), kind: args.kind, mode: args.mode, competencyId: id(args.competencyId), search: args.search };
    return CourseConnection.from(await trainingService.listCourses(em, filter, readPage(args)));
  }

  @Query(() => Course, { description: 'One course by id.' })
  course(@Arg('id', () => ID, { description: 'Id of the course.' }) courseId: string, @Ctx() { em }: RequestContext) {
    return trainingService.getCourse(em, Number(courseId));
  }

  @Mutation(() => CreateCoursePayload, { description: 'Adds a course to the catalogue with the competencies it develops.' })
  async createCourse(@Arg('input', () => CreateCourseInput, { description: 'The course.' }) input: CreateCourseInput, @Ctx() { em }: RequestContext) {
    return { course: await trainingWriteService.createCourse(em, input) };
  }

  @Mutation(() => UpdateCoursePayload, { description: 'Changes a course of the catalogue.' })
  async updateCourse(@Arg('input', () => UpdateCourseInput, { description: 'The changes.' }) input: UpdateCourseInput, @Ctx() { em }: RequestContext) {
    return { course: await trainingWriteService.updateCourse(em, input) };
  }

  @FieldResolver(() => TrainingProvider, { description: 'The provider that runs the course.' })
  provider(@Root() course: Course) {
    return loadRelation(course.provider);
  }

  @FieldResolver(() => [CourseCompetency], { description: 'The competencies the course develops, with target level and completion rule.' })
  competencies(@Root() course: Course) {
    return loadCollection(course.competencies);
  }
}

@Resolver(() => CourseCompetency)
export class CourseCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency developed.' })
  competency(@Root() link: CourseCompetency) {
    return loadRelation(link.competency);
  }

  @FieldResolver(() => Course, { description: 'The course that develops it.' })
  course(@Root() link: CourseCompetency) {
    return loadRelation(link.course);
  }
}

@Resolver(() => TrainingProvider)
export class TrainingProviderResolver {
  @Query(() => TrainingProviderConnection, { description: 'Training providers (lembaga penyelenggara), ordered by id.' })
  async trainingProviders(@Args(() => TrainingProvidersArgs) args: TrainingProvidersArgs, @Ctx() { em }: RequestContext) {
    return TrainingProviderConnection.from(await trainingService.listProviders(em, { kind: args.kind }, readPage(args)));
  }

  @Mutation(() => CreateTrainingProviderPayload, { description: 'Adds a training provider.' })
  async createTrainingProvider(
    @Arg('input', () => CreateTrainingProviderInput, { description: 'The provider.' }) input: CreateTrainingProviderInput,
    @Ctx() { em }: RequestContext,
  ) {
    return { trainingProvider: await trainingWriteService.createProvider(em, input) };
  }

  @Mutation(() => UpdateTrainingProviderPayload, { description: 'Changes a training provider.' })
  async updateTrainingProvider(
    @Arg('input', () => UpdateTrainingProviderInput, { description: 'The changes.' }) input: UpdateTrainingProviderInput,
    @Ctx() { em }: RequestContext,
  ) {
    return { trainingProvider: await trainingWriteService.updateProvider(em, input) };
  }

  @FieldResolver(() => [Course], { description: 'Courses the provider runs.' })
  courses(@Root() provider: TrainingProvider, @Ctx() { loaders }: RequestContext) {
    return ownedList(loaders, Course, 'provider', provider.id);
  }
}

@Resolver(() => TrainingRecord)
export class TrainingRecordResolver {
  @Query(() => TrainingRecordConnection, { description: 'Training records (riwayat pelatihan), ordered by id.' })
  async trainingRecords(@Args(() => TrainingRecordsArgs) args: TrainingRecordsArgs, @Ctx() { em, access }: RequestContext) {
    const filter = {
      // An id that names nobody the viewer may name (a database id from an analyst) matches nothing.
      employeeId: args.employeeId ? (access.employeeIdOf(args.employeeId) ?? -1) : null,
      workUnitId: id(args.workUnitId),
      courseId: id(args.courseId),
      providerId: id(args.providerId),
      year: args.year,
      kind: args.kind,
      status: args.status,
      providerKind: args.providerKind,
      endedFrom: args.endedFrom,
      endedTo: args.endedTo,
    };
    await access.assertUnitFilter(filter.workUnitId, 'workUnitId');
    return TrainingRecordConnection.from(await trainingService.listRecords(em, filter, readPage(args), access));
  }

  @Mutation(() => TrainingRecordPayload, { description: 'Schedules a training for an employee (status PLANNED).' })
  async scheduleTraining(@Arg('input', () => ScheduleTrainingInput, { description: 'The training and its dates.' }) input: ScheduleTrainingInput, @Ctx() { em }: RequestContext) {
    return { trainingRecord: await trainingWriteService.schedule(em, input) };
  }

  @Mutation(() => TrainingRecordPayload, { description: 'Marks a planned training as started (ONGOING). Nobody starts their own training.' })
  async startTraining(@Arg('input', () => StartTrainingInput, { description: 'The start.' }) input: StartTrainingInput, @Ctx() { em, access }: RequestContext) {
    return { trainingRecord: await trainingWriteService.start(em, input, writerOf(access.viewer)) };
  }

  @Mutation(() => CompleteTrainingPayload, {
    description: 'Completes a training: it earns the course\'s JP (at most 10 JP a calendar day from its first to its last day) and raises competencies by the course\'s rules. Nobody completes their own training.',
  })
  async completeTraining(@Arg('input', () => CompleteTrainingInput, { description: 'The completion.' }) input: CompleteTrainingInput, @Ctx() { em, access }: RequestContext) {
    const { record, raised } = await trainingWriteService.complete(em, input, writerOf(access.viewer));
    return { trainingRecord: record, raisedCompetencies: raised };
  }

  @Mutation(() => TrainingRecordPayload, { description: 'Records that a training was not completed or not passed (FAILED, no JP). Nobody fails their own training.' })
  async failTraining(@Arg('input', () => FailTrainingInput, { description: 'The failure.' }) input: FailTrainingInput, @Ctx() { em, access }: RequestContext) {
    return { trainingRecord: await trainingWriteService.fail(em, input, writerOf(access.viewer)) };
  }

  @FieldResolver(() => Employee, { description: 'The participant.' })
  employee(@Root() record: TrainingRecord) {
    return loadRelation(record.employee);
  }

  @FieldResolver(() => Course, { description: 'The course attended.' })
  course(@Root() record: TrainingRecord) {
    return loadRelation(record.course);
  }

  @FieldResolver(() => TrainingKind, { description: 'Kind of training: the kind of its course.' })
  async kind(@Root() record: TrainingRecord) {
    return (await loadRelation(record.course))!.kind;
  }
}
