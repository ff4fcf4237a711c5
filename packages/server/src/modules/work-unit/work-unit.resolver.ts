import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { WorkUnit, WorkUnitKind } from './work-unit.entity.js';
import { workUnitService } from './work-unit.service.js';

export const WorkUnitConnection = Connection(WorkUnit, 'work unit');

@ArgsType()
class WorkUnitsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level units (OPD and kecamatan) when true.' })
  topLevel?: boolean | null;

  @Field(() => WorkUnitKind, { nullable: true, description: 'Only units of this kind.' })
  kind?: WorkUnitKind | null;

  @Field(() => String, { nullable: true, description: 'Only units whose name contains this text (case-insensitive).' })
  search?: string | null;
}

@Resolver(() => WorkUnit)
export class WorkUnitResolver {
  @Query(() => WorkUnitConnection, { description: 'Work units of the city, ordered by id.' })
  async workUnits(@Args(() => WorkUnitsArgs) args: WorkUnitsArgs, @Ctx() { em }: RequestContext) {
    const parentId = args.parentId ? Number(args.parentId) : args.topLevel ? null : undefined;
    return WorkUnitConnection.from(await workUnitService.list(em, { parentId, kind: args.kind, search: args.search }, readPage(args)));
  }

  @Query(() => WorkUnit, { description: 'One work unit by id.' })
  workUnit(@Arg('id', () => ID, { description: 'Id of the work unit.' }) id: string, @Ctx() { em }: RequestContext) {
    return workUnitService.get(em, Number(id));
  }

  @FieldResolver(() => WorkUnit, { nullable: true, description: 'The unit this one belongs to; null for an OPD or kecamatan.' })
  parent(@Root() unit: WorkUnit) {
    return loadRelation(unit.parent);
  }

  @FieldResolver(() => [WorkUnit], { description: 'Units directly below this one.' })
  children(@Root() unit: WorkUnit) {
    return loadCollection(unit.children);
  }
}
