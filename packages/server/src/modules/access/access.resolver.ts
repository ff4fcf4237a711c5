import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Employee } from '../employee/employee.entity.js';
import { pseudonymOf } from './pseudonym.js';

/** What stands for an employee in views that do not name them. */
@Resolver(() => Employee)
export class EmployeeAccessResolver {
  @FieldResolver(() => ID, {
    description: 'Stable identifier of the employee; for roles that see employees pseudonymised, the pseudonym (which they give wherever an employee id is asked for).',
  })
  async id(@Root() employee: Employee, @Ctx() { access }: RequestContext): Promise<string | number> {
    return (await access.visibility(employee.id)) === 'PSEUDONYMOUS' ? pseudonymOf(employee.id) : employee.id;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A stable pseudonym (e.g. "P-3F9A1C22B0") for roles that see employees pseudonymised (analysts): the same employee has the same one in every answer, and without the server\'s key it does not reveal who they are. Null for everyone else, who see the name: a pseudonym beside a name would link the two.',
  })
  async pseudonym(@Root() employee: Employee, @Ctx() { access }: RequestContext): Promise<string | null> {
    return (await access.visibility(employee.id)) === 'PSEUDONYMOUS' ? pseudonymOf(employee.id) : null;
  }
}
