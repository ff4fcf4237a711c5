import type { GraphQLFormattedError } from 'graphql';

/** Employee fields the API withholds (null, with FORBIDDEN) from roles that see employees pseudonymised. */
const IDENTIFYING_FIELDS = new Set(['name', 'nip', 'birthDate']);

/**
 * Whether an error only says that an employee's name, NIP or birth date is withheld from the
 * viewer's role (ANALYST, docs/security.md), on an employee that came with its pseudonym: the page
 * shows the pseudonym instead, so there is nothing to tell the user. Any other error, FORBIDDEN on
 * another field included, is not one of these. Pure.
 */
export function isWithheldIdentity(error: GraphQLFormattedError, data: unknown): boolean {
  const path = error.path;
  if (error.extensions?.code !== 'FORBIDDEN' || !path || path.length < 2) return false;
  const field = path[path.length - 1];
  if (typeof field !== 'string' || !IDENTIFYING_FIELDS.has(field)) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  return typeof parent === 'object' && parent !== null && typeof (parent as { pseudonym?: unknown }).pseudonym === 'string';
}

/** How a person is named on screen: the name, or the pseudonym where the name is withheld. */
export function employeeLabel(employee: { name: string | null; pseudonym: string }): string {
  return employee.name ?? employee.pseudonym;
}
