import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Account } from '../auth/account.entity.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';

/**
 * How a level was established. The order of this enum is the source precedence used when two
 * assessments of the same competency fall on the same day (see `assessment_method_rank` in the
 * migration and docs/data-model.md).
 */
export enum AssessmentMethod {
  ASSESSMENT_CENTER = 'ASSESSMENT_CENTER',
  UJI_KOMPETENSI = 'UJI_KOMPETENSI',
  CERTIFICATE = 'CERTIFICATE',
  TRAINING = 'TRAINING',
  SUPERVISOR = 'SUPERVISOR',
  PEER_360 = 'PEER_360',
  SELF = 'SELF',
}
registerDescribedEnum(AssessmentMethod, 'AssessmentMethod', 'How a competency level was established, from the most to the least authoritative.', {
  ASSESSMENT_CENTER: 'Assessment centre (penilaian kompetensi by a certified assessor).',
  UJI_KOMPETENSI: 'Uji kompetensi: a formal competency test, e.g. for promotion in a functional position.',
  CERTIFICATE: 'A professional certificate recognised for the competency.',
  TRAINING: 'Evidence from a completed training (diklat) that develops the competency.',
  SUPERVISOR: 'Rating by the direct supervisor (atasan langsung).',
  PEER_360: '360-degree rating by peers.',
  SELF: 'Self-assessment by the employee.',
});

/** Append-only evidence of an employee's level on a competency on a given day. */
@ObjectType({ description: 'A competency assessment: append-only evidence of an employee\'s level on a competency on a given day.' })
@Entity()
@Index({ name: 'competency_assessment_current_idx', properties: ['employee', 'competency', 'assessedOn'] })
@Check({ name: 'competency_assessment_level_check', expression: 'level between 1 and 5' })
export class CompetencyAssessment {
  @Field(() => ID, { description: 'Stable identifier of the assessment.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Rel<Employee>;

  @Index()
  @ManyToOne(() => Competency, { deleteRule: 'restrict' })
  competency!: Rel<Competency>;

  @Field(() => Int, { description: 'Assessed level, 1 to 5.' })
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => AssessmentMethod, { description: 'How the level was established.' })
  @Enum({ items: () => AssessmentMethod })
  method!: AssessmentMethod;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  assessor?: Rel<Employee> | null;

  @Field(() => String, { nullable: true, description: 'Name of an assessor who is not an employee of the city (e.g. an assessment centre).' })
  @Property({ type: 'string', length: 200, nullable: true })
  assessorName?: string | null;

  @Field(() => String, { description: 'Day of the assessment (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => String, { nullable: true, description: 'Free-text note or reference to the evidence.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** The account that entered it (API or import); null for rows older than the record of it and for the demo data. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null', fieldName: 'entered_by_account_id' })
  enteredBy?: Rel<Account> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
