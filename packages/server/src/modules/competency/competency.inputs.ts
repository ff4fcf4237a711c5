import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Competency, CompetencyKind } from './competency.entity.js';

@InputType({ description: 'The descriptor of one level of a competency.' })
export class CompetencyLevelInput {
  @Field(() => Int, { description: 'The level, 1 to 5.' })
  level!: number;

  @Field(() => String, { description: 'What the level means.' })
  description!: string;

  @Field(() => [String], { description: 'Behaviour indicators, in order (at least one).' })
  indicators!: string[];
}

@InputType({ description: 'A new competency of the dictionary.' })
export class CreateCompetencyInput {
  @Field(() => String, { description: 'Unique code, e.g. "T.KES.13".' })
  code!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => CompetencyKind, { description: 'Type of the competency.' })
  kind!: CompetencyKind;

  @Field(() => String, { description: 'Definition.' })
  definition!: string;

  @Field(() => ID, { nullable: true, description: 'The group it belongs to; must be of the same type.' })
  groupId?: string | null;

  @Field(() => [CompetencyLevelInput], { nullable: true, description: 'The five level descriptors, levels 1 to 5 each once.' })
  levels?: CompetencyLevelInput[] | null;
}

@InputType({ description: 'Changes to a competency; absent fields stay as they are. The code and type do not change.' })
export class UpdateCompetencyInput {
  @Field(() => ID, { description: 'The competency to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New definition.' })
  definition?: string | null;

  @Field(() => ID, { nullable: true, description: 'New group (of the same type).' })
  groupId?: string | null;

  @Field(() => [CompetencyLevelInput], { nullable: true, description: 'New level descriptors: all five, replacing the old ones.' })
  levels?: CompetencyLevelInput[] | null;
}

@ObjectType({ description: 'The result of createCompetency.' })
export class CreateCompetencyPayload {
  @Field(() => Competency, { description: 'The competency created.' })
  competency!: Competency;
}

@ObjectType({ description: 'The result of updateCompetency.' })
export class UpdateCompetencyPayload {
  @Field(() => Competency, { description: 'The competency as changed.' })
  competency!: Competency;
}
