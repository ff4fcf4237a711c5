import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../common/graphql-enum.js';
import { Employee } from '../employee/employee.entity.js';

export enum PotentialBand {
  RENDAH = 'RENDAH',
  MENENGAH = 'MENENGAH',
  TINGGI = 'TINGGI',
}
registerDescribedEnum(PotentialBand, 'PotentialBand', 'Band of potential (potensi) on the vertical axis of the talent 9-box (PermenPANRB 3/2020).', {
  RENDAH: 'Low potential.',
  MENENGAH: 'Medium potential.',
  TINGGI: 'High potential.',
});

/** A potential (potensi) assessment: the vertical axis of the talent 9-box. */
@ObjectType({ description: 'A potential assessment (penilaian potensi): the vertical axis of the talent 9-box.' })
@Entity()
@Index({ properties: ['employee', 'assessedOn'] })
@Check({ name: 'potential_assessment_score_check', expression: 'score between 0 and 100' })
export class PotentialAssessment {
  @Field(() => ID, { description: 'Stable identifier of the potential assessment.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Rel<Employee>;

  @Field(() => String, { description: 'Day of the assessment (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => Float, { description: 'Score, 0 to 100.' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => PotentialBand, { description: 'Band of the score under the thresholds in force when it was assessed.' })
  @Enum({ items: () => PotentialBand })
  band!: PotentialBand;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
