import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Employee } from '../employee/employee.entity.js';
import { pseudonymOf } from './access.js';

/** The pseudonym analysts see employees by. */
@Resolver(() => Employee)
export class EmployeeAccessResolver {
  @FieldResolver(() => String, { description: 'A stable pseudonym (e.g. "P-3F9A1C22B0"): the same employee has the same one in every answer, and it does not reveal who they are. Analysts see this instead of name, NIP and birth date.' })
  pseudonym(@Root() employee: Employee): string {
    return pseudonymOf(employee.id);
  }
}
