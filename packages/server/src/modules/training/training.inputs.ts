import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CompetencyAssessment } from '../assessment/competency-assessment.entity.js';
import { CompetencyRule, Course, CourseMode, TrainingKind } from './course.entity.js';
import { ProviderKind, TrainingProvider } from './training-provider.entity.js';
import { TrainingRecord } from './training-record.entity.js';

@InputType({ description: 'A new training provider.' })
export class CreateTrainingProviderInput {
  @Field(() => String, { description: 'Unique short code.' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => ProviderKind, { description: 'Kind of provider.' })
  kind!: ProviderKind;
}

@InputType({ description: 'Changes to a training provider; absent fields stay as they are.' })
export class UpdateTrainingProviderInput {
  @Field(() => ID, { description: 'The provider to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => ProviderKind, { nullable: true, description: 'New kind.' })
  kind?: ProviderKind | null;
}

@InputType({ description: 'A competency a course develops.' })
export class CourseCompetencyInput {
  @Field(() => ID, { description: 'The competency.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Level the course brings a participant to, 1 to 5.' })
  targetLevel!: number;

  @Field(() => CompetencyRule, { description: 'What completing the course does to the competency.' })
  rule!: CompetencyRule;
}

@InputType({ description: 'A new course in the catalogue.' })
export class CreateCourseInput {
  @Field(() => String, { description: 'Unique course code.' })
  code!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => ID, { description: 'The provider.' })
  providerId!: string;

  @Field(() => CourseMode, { description: 'Mode of delivery.' })
  mode!: CourseMode;

  @Field(() => TrainingKind, { description: 'Kind of training.' })
  kind!: TrainingKind;

  @Field(() => Int, { description: 'JP credited on completion (0 or more).' })
  jp!: number;

  @Field(() => [CourseCompetencyInput], { description: 'The competencies it develops (may be empty).' })
  competencies!: CourseCompetencyInput[];
}

@InputType({ description: 'Changes to a course; absent fields stay as they are. The code does not change.' })
export class UpdateCourseInput {
  @Field(() => ID, { description: 'The course to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'New provider.' })
  providerId?: string | null;

  @Field(() => CourseMode, { nullable: true, description: 'New mode of delivery.' })
  mode?: CourseMode | null;

  @Field(() => TrainingKind, { nullable: true, description: 'New kind of training.' })
  kind?: TrainingKind | null;

  @Field(() => Int, { nullable: true, description: 'New JP; records already completed keep the JP they earned.' })
  jp?: number | null;

  @Field(() => [CourseCompetencyInput], { nullable: true, description: 'New list of competencies developed, replacing the old one.' })
  competencies?: CourseCompetencyInput[] | null;
}

@InputType({ description: 'A training scheduled for an employee (status PLANNED).' })
export class ScheduleTrainingInput {
  @Field(() => ID, { description: 'The participant.' })
  employeeId!: string;

  @Field(() => ID, { description: 'The course.' })
  courseId!: string;

  @Field(() => String, { description: 'Planned first day (YYYY-MM-DD).' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Planned last day (YYYY-MM-DD), not before the first.' })
  endDate?: string | null;
}

@InputType({ description: 'The start of a planned training.' })
export class StartTrainingInput {
  @Field(() => ID, { description: 'The training record (PLANNED).' })
  trainingRecordId!: string;

  @Field(() => String, { nullable: true, description: 'Actual first day (YYYY-MM-DD); the planned one when absent.' })
  startDate?: string | null;
}

@InputType({ description: 'The completion of a training: its JP count and its competencies gain evidence.' })
export class CompleteTrainingInput {
  @Field(() => ID, { description: 'The training record (PLANNED or ONGOING).' })
  trainingRecordId!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD), not before the first and not in the future.' })
  endDate!: string;

  @Field(() => Float, { nullable: true, description: 'Final score, 0 to 100.' })
  score?: number | null;

  @Field(() => String, { nullable: true, description: 'Number of the certificate (STTPP).' })
  certificateNumber?: string | null;
}

@InputType({ description: 'A training not completed or not passed: no JP are earned.' })
export class FailTrainingInput {
  @Field(() => ID, { description: 'The training record (PLANNED or ONGOING).' })
  trainingRecordId!: string;

  @Field(() => String, { nullable: true, description: 'Last day attended (YYYY-MM-DD).' })
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Final score, 0 to 100, where graded.' })
  score?: number | null;
}

@ObjectType({ description: 'The result of createTrainingProvider.' })
export class CreateTrainingProviderPayload {
  @Field(() => TrainingProvider, { description: 'The provider created.' })
  trainingProvider!: TrainingProvider;
}

@ObjectType({ description: 'The result of updateTrainingProvider.' })
export class UpdateTrainingProviderPayload {
  @Field(() => TrainingProvider, { description: 'The provider as changed.' })
  trainingProvider!: TrainingProvider;
}

@ObjectType({ description: 'The result of createCourse.' })
export class CreateCoursePayload {
  @Field(() => Course, { description: 'The course created.' })
  course!: Course;
}

@ObjectType({ description: 'The result of updateCourse.' })
export class UpdateCoursePayload {
  @Field(() => Course, { description: 'The course as changed.' })
  course!: Course;
}

@ObjectType({ description: 'The result of a change to a training record (plan, start, fail).' })
export class TrainingRecordPayload {
  @Field(() => TrainingRecord, { description: 'The training record.' })
  trainingRecord!: TrainingRecord;
}

@ObjectType({ description: 'The result of completeTraining.' })
export class CompleteTrainingPayload {
  @Field(() => TrainingRecord, { description: 'The completed training record, with its JP.' })
  trainingRecord!: TrainingRecord;

  @Field(() => [CompetencyAssessment], { description: 'TRAINING assessments added by the course\'s RAISE_TO_TARGET rules (empty when the employee was already at the target).' })
  raisedCompetencies!: CompetencyAssessment[];
}
