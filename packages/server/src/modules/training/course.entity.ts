import { Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Competency } from '../competency/competency.entity.js';
import { TrainingProvider } from './training-provider.entity.js';

export enum CourseMode {
  KLASIKAL = 'KLASIKAL',
  E_LEARNING = 'E_LEARNING',
  BLENDED = 'BLENDED',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
  MAGANG = 'MAGANG',
}
registerDescribedEnum(CourseMode, 'CourseMode', 'Mode of delivery of a course (Peraturan LAN 10/2018).', {
  KLASIKAL: 'Klasikal: classroom training.',
  E_LEARNING: 'E-learning (non-klasikal).',
  BLENDED: 'Blended learning: classroom and e-learning.',
  COACHING: 'Coaching (non-klasikal).',
  MENTORING: 'Mentoring (non-klasikal).',
  MAGANG: 'Magang: internship or attachment (non-klasikal).',
});

export enum TrainingKind {
  KEPEMIMPINAN = 'KEPEMIMPINAN',
  FUNGSIONAL = 'FUNGSIONAL',
  TEKNIS = 'TEKNIS',
  SEMINAR = 'SEMINAR',
}
registerDescribedEnum(TrainingKind, 'TrainingKind', 'Kind of training, as counted by the Indeks Profesionalitas ASN.', {
  KEPEMIMPINAN: 'Pelatihan kepemimpinan (leadership training, e.g. PKA, PKP, PKN).',
  FUNGSIONAL: 'Pelatihan fungsional for a functional position.',
  TEKNIS: 'Pelatihan teknis (technical training).',
  SEMINAR: 'Seminar, workshop, conference or similar.',
});

export enum CompetencyRule {
  EVIDENCE_ONLY = 'EVIDENCE_ONLY',
  RAISE_TO_TARGET = 'RAISE_TO_TARGET',
}
registerDescribedEnum(CompetencyRule, 'CompetencyRule', 'What completing a course does to a competency it develops (after Moodle\'s course competency rules).', {
  EVIDENCE_ONLY: 'Completion is recorded as evidence only; the level is left for an assessor to judge.',
  RAISE_TO_TARGET: 'Completion raises the employee to the target level, if below it, by a TRAINING assessment.',
});

/** A course (diklat/pelatihan) in the catalogue. */
@ObjectType({ description: 'A course (pelatihan) in the catalogue, run by a provider.' })
@Entity()
@Check({ name: 'course_jp_check', expression: 'jp >= 0' })
export class Course {
  @Field(() => ID, { description: 'Stable identifier of the course.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => String, { description: 'Unique course code.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Title of the course.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Index()
  @ManyToOne(() => TrainingProvider, { deleteRule: 'restrict' })
  provider!: Rel<TrainingProvider>;

  @Field(() => CourseMode, { description: 'Mode of delivery.' })
  @Enum({ items: () => CourseMode })
  mode!: CourseMode;

  @Field(() => TrainingKind, { description: 'Kind of training; a training record is of its course\'s kind.' })
  @Enum({ items: () => TrainingKind })
  kind!: TrainingKind;

  @Field(() => Int, { description: 'Lesson hours (jam pelajaran, JP) credited on completion.' })
  @Property({ type: 'integer' })
  jp!: number;

  @OneToMany('CourseCompetency', 'course')
  competencies = new Collection<CourseCompetency>(this);
}

/** A competency that a course develops, the level it aims at, and what completion does. */
@ObjectType({ description: 'A competency developed by a course, with the level the course aims at.' })
@Entity()
@Unique({ properties: ['course', 'competency'] })
@Check({ name: 'course_competency_target_level_check', expression: 'target_level between 1 and 5' })
export class CourseCompetency {
  @Field(() => ID, { description: 'Stable identifier of the link.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Course, { deleteRule: 'cascade' })
  course!: Rel<Course>;

  @Index()
  @ManyToOne(() => Competency, { deleteRule: 'restrict' })
  competency!: Rel<Competency>;

  @Field(() => Int, { description: 'Level the course brings a participant to, 1 to 5.' })
  @Property({ type: 'smallint' })
  targetLevel!: number;

  @Field(() => CompetencyRule, { description: 'What completing the course does to this competency.' })
  @Enum({ items: () => CompetencyRule })
  rule!: CompetencyRule;
}
