import type { Role } from './session.generated.ts';

/**
 * The pages each role may use: the layout shows only these, and the router sends anyone elsewhere
 * to their home page. The server enforces the same rules on the data (docs/security.md); this only
 * keeps people from pages that would answer "not allowed".
 */
export const PAGES_BY_ROLE: Record<Role, readonly string[]> = {
  ADMIN: ['overview', 'heatmap', 'leadership', 'compare', 'training-needs', 'employee-profile', 'team', 'console', 'import'],
  LEADERSHIP: ['leadership', 'heatmap', 'compare', 'training-needs'],
  PLANNER: ['overview', 'heatmap', 'leadership', 'compare', 'training-needs', 'employee-profile'],
  SUPERVISOR: ['team', 'employee-profile', 'heatmap', 'training-needs'],
  EMPLOYEE: ['employee-profile'],
  ANALYST: ['overview', 'heatmap', 'leadership', 'compare', 'training-needs', 'console', 'employee-profile'],
};

/**
 * Whether a role sees employees pseudonymised (docs/security.md): the API withholds name, NIP and
 * birth date (null with FORBIDDEN) and refuses searching or ordering by them; pages show the pseudonym.
 */
export function seesPseudonyms(role: Role | null | undefined): boolean {
  return role === 'ANALYST';
}

/** Roles the API lets run the training planner (`planTraining`): the others see no planner. */
const PLANNING_ROLES: readonly Role[] = ['ADMIN', 'PLANNER', 'SUPERVISOR'];

export function mayPlanTraining(role: Role | null | undefined): boolean {
  return !!role && PLANNING_ROLES.includes(role);
}

/** Pages anyone may open, signed in or not. */
export const PUBLIC_PAGES: readonly string[] = ['sign-in'];

export function mayOpen(role: Role | null, page: string | null | undefined): boolean {
  if (!page || PUBLIC_PAGES.includes(page)) return true;
  return role !== null && PAGES_BY_ROLE[role].includes(page);
}

/** The page a role lands on: its first page (an employee's own profile, a supervisor's team). */
export function homeOf(role: Role): string {
  return PAGES_BY_ROLE[role][0];
}

/** The home page as a route: an employee's profile is their own. */
export function homeRoute(role: Role, employeeId: string | null | undefined): { name: string; params?: Record<string, string> } {
  const name = homeOf(role);
  return name === 'employee-profile' && employeeId ? { name, params: { id: employeeId } } : { name };
}

/**
 * Where to go after signing in: the page asked for before, if it is a path of this app the role may
 * open (never an absolute URL: no open redirect), else the role's home.
 */
export function afterSignIn(
  role: Role,
  employeeId: string | null | undefined,
  next: unknown,
  pageOfPath: (path: string) => string | null,
): { name: string; params?: Record<string, string> } | string {
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && mayOpen(role, pageOfPath(next)) && pageOfPath(next) !== 'sign-in') return next;
  return homeRoute(role, employeeId);
}
