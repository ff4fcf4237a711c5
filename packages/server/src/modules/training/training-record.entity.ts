import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Employee } from '../employee/employee.entity.js';
import { Course } from './course.entity.js';

export enum TrainingStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerDescribedEnum(TrainingStatus, 'TrainingStatus', 'State of an employee\'s participation in a course.', {
  PLANNED: 'Direncanakan: planned, not started.',
  ONGOING: 'Sedang berjalan: in progress.',
  COMPLETED: 'Selesai: completed; its JP count towards the 20 JP a year.',
  FAILED: 'Tidak lulus: not completed or not passed; no JP are earned.',
});

/** One employee's participation in one course (riwayat diklat). */
@ObjectType({ description: 'A training record (riwayat pelatihan): one employee\'s participation in one course.' })
@Entity()
@Index({ properties: ['employee', 'startDate'] })
@Check({ name: 'training_record_dates_check', expression: 'end_date is null or end_date >= start_date' })
@Check({ name: 'training_record_jp_check', expression: 'jp_earned >= 0' })
@Check({ name: 'training_record_score_check', expression: 'score is null or score between 0 and 100' })
@Check({ name: 'training_record_completed_check', expression: "status <> 'COMPLETED' or end_date is not null" })
export class TrainingRecord {
  @Field(() => ID, { description: 'Stable identifier of the training record.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Rel<Employee>;

  @Index()
  @ManyToOne(() => Course, { deleteRule: 'restrict' })
  course!: Rel<Course>;

  @Field(() => TrainingStatus, { description: 'State of the participation.' })
  @Enum({ items: () => TrainingStatus })
  status!: TrainingStatus;

  @Field(() => String, { description: 'First day (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); required once completed.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => Float, { description: 'Lesson hours (JP) earned: the course\'s JP once completed, 0 before.' })
  @Property({ type: 'double', default: 0 })
  jpEarned: number & Opt = 0;

  @Field(() => Float, { nullable: true, description: 'Final score, 0 to 100, where the course grades.' })
  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Field(() => String, { nullable: true, description: 'Number of the certificate (sertifikat/STTPP).' })
  @Property({ type: 'string', length: 100, nullable: true })
  certificateNumber?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
