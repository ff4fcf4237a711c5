import type { GraphQLFormattedError } from 'graphql';

/**
 * Employee fields the API withholds (null, with FORBIDDEN) from roles that see employees
 * pseudonymised: what identifies a person, the exact jabatan and unit and the reporting lines always;
 * the generalised quasi-identifiers on rows too few others share them with (docs/security.md,
 * "Pseudonymised rows (k-anonymity)").
 */
const WITHHELD_FIELDS = new Set([
  'name', 'nip', 'birthDate', 'position', 'workUnit', 'supervisor', 'directReports',
  'positionKind', 'topWorkUnit', 'status', 'golongan', 'gender', 'educationLevel',
]);

/**
 * Whether an error only says that a field of a pseudonymised employee is withheld from the viewer's
 * role (ANALYST, docs/security.md), on an employee that came with its pseudonym: the page shows the
 * pseudonym and the generalised values instead, so there is nothing to tell the user. Any other
 * error, FORBIDDEN on another field included, is not one of these. Pure.
 */
export function isWithheldIdentity(error: GraphQLFormattedError, data: unknown): boolean {
  const path = error.path;
  if (error.extensions?.code !== 'FORBIDDEN' || !path || path.length < 2) return false;
  const field = path[path.length - 1];
  if (typeof field !== 'string' || !WITHHELD_FIELDS.has(field)) return false;
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  return typeof parent === 'object' && parent !== null && typeof (parent as { pseudonym?: unknown }).pseudonym === 'string';
}

/** What a page shows for a value withheld from the viewer's role. */
export const WITHHELD = '—';

/** How a person is named on screen: the name, or the pseudonym where the name is withheld (only pseudonymised views get one). */
export function employeeLabel(employee: { name: string | null; pseudonym: string | null }): string {
  return employee.name ?? employee.pseudonym ?? WITHHELD;
}

/**
 * The jabatan as a page shows it: its name, or for a pseudonymised employee the kind of jabatan
 * (`kindLabel` translates it), or WITHHELD when that is withheld too.
 */
export function positionLabel(
  employee: { position?: { name: string } | null; positionKind?: string | null },
  kindLabel: (kind: string) => string,
): string {
  if (employee.position) return employee.position.name;
  return employee.positionKind ? kindLabel(employee.positionKind) : WITHHELD;
}

/** The unit as a page shows it: its name, or for a pseudonymised employee the top-level unit's, or WITHHELD. */
export function unitLabel(employee: { workUnit?: { name: string } | null; topWorkUnit?: { name: string } | null }): string {
  return employee.workUnit?.name ?? employee.topWorkUnit?.name ?? WITHHELD;
}
