import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Position, PositionKind } from './position.entity.js';

@InputType({ description: 'A new position (jabatan).' })
export class CreatePositionInput {
  @Field(() => String, { description: 'Name of the jabatan.' })
  name!: string;

  @Field(() => PositionKind, { description: 'Kind of the jabatan.' })
  kind!: PositionKind;

  @Field(() => ID, { description: 'The work unit it belongs to.' })
  workUnitId!: string;
}

@InputType({ description: 'Changes to a position; absent fields stay as they are.' })
export class UpdatePositionInput {
  @Field(() => ID, { description: 'The position to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'New kind.' })
  kind?: PositionKind | null;

  @Field(() => ID, { nullable: true, description: 'New work unit.' })
  workUnitId?: string | null;
}

@InputType({ description: 'One line of a competency standard.' })
export class RequirementInput {
  @Field(() => ID, { description: 'The competency required.' })
  competencyId!: string;

  @Field(() => Int, { description: 'Required level, 1 to 5.' })
  requiredLevel!: number;

  @Field(() => Float, { nullable: true, description: 'Weight in the standard, greater than 0 (default 1).' })
  weight?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the competency is critical for the position (default false).' })
  critical?: boolean | null;
}

@InputType({ description: 'The whole competency standard of a position; it replaces the previous one.' })
export class SetPositionStandardInput {
  @Field(() => ID, { description: 'The position.' })
  positionId!: string;

  @Field(() => [RequirementInput], { description: 'The requirements, one per competency.' })
  requirements!: RequirementInput[];
}

@ObjectType({ description: 'The result of createPosition.' })
export class CreatePositionPayload {
  @Field(() => Position, { description: 'The position created.' })
  position!: Position;
}

@ObjectType({ description: 'The result of updatePosition.' })
export class UpdatePositionPayload {
  @Field(() => Position, { description: 'The position as changed.' })
  position!: Position;
}

@ObjectType({ description: 'The result of setPositionStandard.' })
export class SetPositionStandardPayload {
  @Field(() => Position, { description: 'The position with its new standard.' })
  position!: Position;
}
