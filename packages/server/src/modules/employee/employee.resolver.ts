import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadRelation } from '../../common/loading.js';
import { Connection, PageArgs, readPage } from '../../common/pagination.js';
import type { RequestContext } from '../../context.js';
import { Position } from '../position/position.entity.js';
import { WorkUnit } from '../work-unit/work-unit.entity.js';
import { Employee, EmployeeStatus } from './employee.entity.js';
import { employeeService } from './employee.service.js';

export const EmployeeConnection = Connection(Employee, 'employee');

@ArgsType()
class EmployeesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only employees of this work unit and of the units below it.' })
  workUnitId?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees with this status.' })
  status?: EmployeeStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, or the first digits of the NIP.' })
  search?: string | null;
}

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => EmployeeConnection, { description: 'Employees (ASN) of the city, ordered by id.' })
  async employees(@Args(() => EmployeesArgs) args: EmployeesArgs, @Ctx() { em }: RequestContext) {
    const filter = { workUnitId: args.workUnitId ? Number(args.workUnitId) : null, status: args.status, search: args.search };
    return EmployeeConnection.from(await employeeService.list(em, filter, readPage(args)));
  }

  @Query(() => Employee, { description: 'One employee by id.' })
  employee(@Arg('id', () => ID, { description: 'Id of the employee.' }) id: string, @Ctx() { em }: RequestContext) {
    return employeeService.get(em, Number(id));
  }

  @FieldResolver(() => WorkUnit, { description: 'The work unit the employee works in.' })
  workUnit(@Root() employee: Employee) {
    return loadRelation(employee.workUnit);
  }

  @FieldResolver(() => Position, { description: 'The jabatan the employee holds.' })
  position(@Root() employee: Employee) {
    return loadRelation(employee.position);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The direct supervisor (atasan langsung), if any.' })
  supervisor(@Root() employee: Employee) {
    return loadRelation(employee.supervisor);
  }
}
