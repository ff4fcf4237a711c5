import { HOME_PAGE, PAGES, type PageName, type PageRoute } from '../../routes.ts';
import type { Role } from './session.generated.ts';

function pagesOf(role: Role): readonly PageName[] {
  return PAGES.filter((page: PageRoute) => page.roles.includes(role)).map((page) => page.name);
}

/**
 * The pages each role may use, from the route table (routes.ts): the layout shows only these, and
 * the router sends anyone elsewhere to their home page.
 */
export const PAGES_BY_ROLE: Record<Role, readonly PageName[]> = {
  ADMIN: pagesOf('ADMIN'),
  LEADERSHIP: pagesOf('LEADERSHIP'),
  PLANNER: pagesOf('PLANNER'),
  SUPERVISOR: pagesOf('SUPERVISOR'),
  EMPLOYEE: pagesOf('EMPLOYEE'),
  ANALYST: pagesOf('ANALYST'),
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
export const PUBLIC_PAGES: readonly string[] = PAGES.filter((page: PageRoute) => page.roles.length === 0).map((page) => page.name);

export function mayOpen(role: Role | null, page: string | null | undefined): boolean {
  if (!page || PUBLIC_PAGES.includes(page)) return true;
  return role !== null && (PAGES_BY_ROLE[role] as readonly string[]).includes(page);
}

/** The page a role lands on (an employee's own profile, a supervisor's team). */
export function homeOf(role: Role): PageName {
  return HOME_PAGE[role];
}

export interface PageLocation {
  name: PageName;
  params?: Record<string, string>;
}

/** Where a page opens for the signed-in account: a page about one's own record opens on it. */
export function pageLocation(name: PageName, employeeId: string | null | undefined): PageLocation {
  const own = PAGES.some((page: PageRoute) => page.name === name && page.ownRecord);
  return own && employeeId ? { name, params: { id: employeeId } } : { name };
}

/** The home page as a route: an employee's profile is their own. */
export function homeRoute(role: Role, employeeId: string | null | undefined): PageLocation {
  return pageLocation(homeOf(role), employeeId);
}

/** The navigation of a role: the pages it may open that have a label, in the route table's order. */
export function navigationOf(role: Role | null, employeeId: string | null | undefined): { to: PageLocation; label: string }[] {
  if (!role) return [];
  return PAGES.filter((page: PageRoute) => page.nav && page.roles.includes(role)).map((page: PageRoute) => ({
    to: pageLocation(page.name as PageName, employeeId),
    label: page.nav!,
  }));
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
): PageLocation | string {
  if (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && mayOpen(role, pageOfPath(next)) && pageOfPath(next) !== 'sign-in') return next;
  return homeRoute(role, employeeId);
}
