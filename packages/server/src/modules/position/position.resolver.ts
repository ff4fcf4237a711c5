import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { DomainError } from '../../common/errors.js';
import { ownedList } from '../../common/loaders.js';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { likePattern, paginate } from '../../common/paginate.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { workUnitService } from '../work-unit/work-unit.service.js';
import { PositionRequirement } from './position-requirement.entity.js';
import { Position, PositionKind } from './position.entity.js';
import {
  CreatePositionInput,
  CreatePositionPayload,
  SetPositionStandardInput,
  SetPositionStandardPayload,
  UpdatePositionInput,
  UpdatePositionPayload,
} from './position.inputs.js';
import { positionWriteService } from './position-write.service.js';

export const PositionConnection = Connection(Position, 'position');

@ArgsType()
class PositionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only positions of this work unit and the units below it.' })
  workUnitId?: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'Only positions of this kind.' })
  kind?: PositionKind | null;

  @Field(() => String, { nullable: true, description: 'Only positions whose name contains this text.' })
  search?: string | null;
}

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, { description: 'Positions (jabatan), ordered by id.' })
  async positions(@Args(() => PositionsArgs) args: PositionsArgs, @Ctx() { em }: RequestContext) {
    const where: FilterQuery<Position> = {};
    if (args.workUnitId) where.workUnit = { $in: await workUnitService.subtreeIds(em, Number(args.workUnitId)) };
    if (args.kind) where.kind = args.kind;
    if (args.search) where.name = { $ilike: likePattern(args.search) };
    return PositionConnection.from(await paginate(em, Position, where, readPage(args)));
  }

  @Query(() => Position, { description: 'One position by id.' })
  async position(@Arg('id', () => ID, { description: 'Id of the position.' }) id: string, @Ctx() { em }: RequestContext) {
    const position = await em.findOne(Position, Number(id));
    if (!position) throw DomainError.notFound('Position', id);
    return position;
  }

  @Mutation(() => CreatePositionPayload, { description: 'Adds a position (jabatan) to a work unit.' })
  async createPosition(@Arg('input', () => CreatePositionInput, { description: 'The position.' }) input: CreatePositionInput, @Ctx() { em }: RequestContext) {
    return { position: await positionWriteService.create(em, input) };
  }

  @Mutation(() => UpdatePositionPayload, { description: 'Changes a position.' })
  async updatePosition(@Arg('input', () => UpdatePositionInput, { description: 'The changes.' }) input: UpdatePositionInput, @Ctx() { em }: RequestContext) {
    return { position: await positionWriteService.update(em, input) };
  }

  @Mutation(() => SetPositionStandardPayload, { description: 'Sets the whole competency standard of a position (required level, weight, critical per competency).' })
  async setPositionStandard(
    @Arg('input', () => SetPositionStandardInput, { description: 'The standard.' }) input: SetPositionStandardInput,
    @Ctx() { em }: RequestContext,
  ) {
    return { position: await positionWriteService.setStandard(em, input) };
  }

  @FieldResolver(() => WorkUnit, { description: 'The work unit the position belongs to.' })
  workUnit(@Root() position: Position) {
    return loadRelation(position.workUnit);
  }

  @FieldResolver(() => [PositionRequirement], { description: 'The competency standard of the position: one requirement per competency.' })
  requirements(@Root() position: Position) {
    return loadCollection(position.requirements);
  }

  @FieldResolver(() => [Employee], { description: 'Employees holding this position.' })
  holders(@Root() position: Position, @Ctx() { loaders }: RequestContext) {
    return ownedList(loaders, Employee, 'position', position.id);
  }
}

@Resolver(() => PositionRequirement)
export class PositionRequirementResolver {
  @FieldResolver(() => Competency, { description: 'The competency required.' })
  competency(@Root() requirement: PositionRequirement) {
    return loadRelation(requirement.competency);
  }

  @FieldResolver(() => Position, { description: 'The position whose standard this is.' })
  position(@Root() requirement: PositionRequirement) {
    return loadRelation(requirement.position);
  }
}
