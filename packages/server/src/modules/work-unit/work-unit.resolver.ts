import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ownedList } from '../../common/loaders.js';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { EmployeeConnection } from '../employee/employee.resolver.js';
import { employeeService } from '../employee/employee.service.js';
import { EmployeeStatus } from '../employee/employee.entity.js';
import { Position } from '../position/position.entity.js';
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

@ArgsType()
class UnitEmployeesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Include the employees of every unit below this one (default true).' })
  includeSubUnits?: boolean | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  status?: EmployeeStatus | null;
}

@Resolver(() => WorkUnit)
export class WorkUnitResolver {
  @Query(() => WorkUnitConnection, { description: 'Work units of the city, ordered by id.' })
  async workUnits(@Args(() => WorkUnitsArgs) args: WorkUnitsArgs, @Ctx() { em }: RequestContext) {
    const parentId = args.parentId ? Number(args.parentId) : args.topLevel ? null : undefined;
    return WorkUnitConnection.from(await workUnitService.list(em, { parentId, kind: args.kind, search: args.search }, readPage(args)));
  }

  @Query(() => WorkUnit, { description: 'One work unit, by id or by code (give exactly one).' })
  workUnit(
    @Ctx() { em }: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'Id of the work unit.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Code of the work unit, e.g. "16.71.07" or "DISKOMINFO".' }) code?: string,
  ) {
    return workUnitService.find(em, { id: id != null ? Number(id) : undefined, code });
  }

  @FieldResolver(() => WorkUnit, { nullable: true, description: 'The unit this one belongs to; null for an OPD or kecamatan.' })
  parent(@Root() unit: WorkUnit) {
    return loadRelation(unit.parent);
  }

  @FieldResolver(() => [WorkUnit], { description: 'Units directly below this one.' })
  children(@Root() unit: WorkUnit) {
    return loadCollection(unit.children);
  }

  @FieldResolver(() => [WorkUnit], { description: 'The units above this one, from the top-level unit down to the parent.' })
  ancestors(@Root() unit: WorkUnit, @Ctx() { loaders }: RequestContext) {
    return loaders.get(workUnitService.ancestorsLoader).load(unit.id);
  }

  @FieldResolver(() => [Position], { description: 'Positions (jabatan) of this unit.' })
  positions(@Root() unit: WorkUnit, @Ctx() { loaders }: RequestContext) {
    return ownedList(loaders, Position, 'workUnit', unit.id);
  }

  @FieldResolver(() => EmployeeConnection, { description: 'Employees of this unit (and, by default, of the units below it), ordered by id.' })
  async employees(@Root() unit: WorkUnit, @Args(() => UnitEmployeesArgs) args: UnitEmployeesArgs, @Ctx() { em }: RequestContext) {
    const filter = args.includeSubUnits === false ? { exactWorkUnitId: unit.id, status: args.status } : { workUnitId: unit.id, status: args.status };
    return EmployeeConnection.from(await employeeService.list(em, filter, readPage(args)));
  }
}
