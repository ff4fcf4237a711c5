import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Competency } from './competency.entity.js';

/** The descriptor of one level (1–5) of a competency with its numbered behaviour indicators. */
@ObjectType({ description: 'Descriptor of one proficiency level (1–5) of a competency, with its behaviour indicators.' })
@Entity()
@Unique({ properties: ['competency', 'level'] })
@Check({ name: 'competency_level_level_check', expression: 'level between 1 and 5' })
export class CompetencyLevel {
  @Field(() => ID, { description: 'Stable identifier of the level descriptor.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Competency, { deleteRule: 'cascade' })
  competency!: Rel<Competency>;

  @Field(() => Int, { description: 'The level, 1 (applies it for oneself) to 5 (strategic or national scope).' })
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => String, { description: 'What the level means.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Behaviour indicators (indikator perilaku), in order: 1.1, 1.2, ...' })
  @Property({ type: 'text[]' })
  indicators!: string[];
}
