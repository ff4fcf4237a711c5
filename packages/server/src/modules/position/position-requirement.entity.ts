import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Competency } from '../competency/competency.entity.js';
import { Position } from './position.entity.js';

/** One line of a position's competency standard: the level required of whoever holds the jabatan. */
@ObjectType({ description: 'One requirement of a position\'s competency standard: the level required on one competency.' })
@Entity()
@Unique({ properties: ['position', 'competency'] })
@Check({ name: 'position_requirement_level_check', expression: 'required_level between 1 and 5' })
@Check({ name: 'position_requirement_weight_check', expression: 'weight > 0' })
export class PositionRequirement {
  @Field(() => ID, { description: 'Stable identifier of the requirement.' })
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Position, { deleteRule: 'cascade' })
  position!: Rel<Position>;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Rel<Competency>;

  @Field(() => Int, { description: 'Required level, 1 to 5 (PermenPANRB 38/2017).' })
  @Property({ type: 'smallint' })
  requiredLevel!: number;

  @Field(() => Float, { description: 'Relative weight of this competency in the standard (greater than 0; 1 by default), used to rank gaps.' })
  @Property({ type: 'double', default: 1 })
  weight: number & Opt = 1;

  @Field(() => Boolean, { description: 'Whether the competency is critical for the position: a gap here is treated first.' })
  @Property({ type: 'boolean', default: false })
  critical: boolean & Opt = false;
}
