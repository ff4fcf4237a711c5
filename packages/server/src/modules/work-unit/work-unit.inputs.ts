import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { WorkUnit, WorkUnitKind } from './work-unit.entity.js';

@InputType({ description: 'A new work unit.' })
export class CreateWorkUnitInput {
  @Field(() => String, { description: 'Unique code: the Kemendagri code for kecamatan and kelurahan, an agency code otherwise.' })
  code!: string;

  @Field(() => String, { description: 'Official name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name in daily use.' })
  shortName?: string | null;

  @Field(() => WorkUnitKind, { description: 'Kind of the unit.' })
  kind!: WorkUnitKind;

  @Field(() => ID, { nullable: true, description: 'The unit it belongs to; absent for an OPD or kecamatan.' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a work unit; absent fields stay as they are.' })
export class UpdateWorkUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New code (unique).' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New short name.' })
  shortName?: string | null;

  @Field(() => WorkUnitKind, { nullable: true, description: 'New kind.' })
  kind?: WorkUnitKind | null;

  @Field(() => ID, { nullable: true, description: 'New parent unit (reorganisation); it may not lie below this unit.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it a top-level unit when true.' })
  makeTopLevel?: boolean | null;
}

@ObjectType({ description: 'The result of createWorkUnit.' })
export class CreateWorkUnitPayload {
  @Field(() => WorkUnit, { description: 'The unit created.' })
  workUnit!: WorkUnit;
}

@ObjectType({ description: 'The result of updateWorkUnit.' })
export class UpdateWorkUnitPayload {
  @Field(() => WorkUnit, { description: 'The unit as changed.' })
  workUnit!: WorkUnit;
}
