import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ownedList } from '../../common/loaders.js';
import { loadCollection, loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { EmployeeConnection, EmployeeFilterArgs, employeeFilter, listEmployees } from '../employee/employee.resolver.js';
import { Position } from '../position/position.entity.js';
import { WorkUnit, WorkUnitKind } from './work-unit.entity.js';
import { CreateWorkUnitInput, CreateWorkUnitPayload, UpdateWorkUnitInput, UpdateWorkUnitPayload } from './work-unit.inputs.js';
import { workUnitWriteService } from './work-unit-write.service.js';
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
class UnitEmployeesArgs extends EmployeeFilterArgs {
  @Field(() => Boolean, { nullable: true, description: 'Include the employees of every unit below this one (default true).' })
  includeSubUnits?: boolean | null;
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

  @Mutation(() => CreateWorkUnitPayload, { description: 'Adds a work unit to the tree.' })
  async createWorkUnit(@Arg('input', () => CreateWorkUnitInput, { description: 'The unit.' }) input: CreateWorkUnitInput, @Ctx() { em }: RequestContext) {
    return { workUnit: await workUnitWriteService.create(em, input) };
  }

  @Mutation(() => UpdateWorkUnitPayload, { description: 'Changes a work unit, including moving it in the tree (reorganisation).' })
  async updateWorkUnit(@Arg('input', () => UpdateWorkUnitInput, { description: 'The changes.' }) input: UpdateWorkUnitInput, @Ctx() { em }: RequestContext) {
    return { workUnit: await workUnitWriteService.update(em, input) };
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
  async employees(@Root() unit: WorkUnit, @Args(() => UnitEmployeesArgs) args: UnitEmployeesArgs, @Ctx() { em, access }: RequestContext) {
    const filter = { ...employeeFilter(args), ...(args.includeSubUnits === false ? { exactWorkUnitId: unit.id } : { workUnitId: unit.id }) };
    return listEmployees(em, access, filter, args, 'WorkUnit.employees');
  }
}
