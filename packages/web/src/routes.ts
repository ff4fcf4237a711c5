import type { RouteComponent } from 'vue-router';
import type { Role } from './features/session/session.generated.ts';

/**
 * Every page of the app, once: its URL, its component, the roles that may open it and the keys of
 * its navigation label and title. The router, the navigation and the role checks
 * (features/session/role-pages.ts) derive from this table. The server enforces the same rules on the
 * data (docs/security.md); this only keeps people from pages that would answer "not allowed".
 */
export interface PageRoute {
  name: string;
  path: string;
  component: () => Promise<RouteComponent>;
  /** Who may open the page; empty: anyone, signed in or not. */
  roles: readonly Role[];
  /** The navigation label's message key; absent: not in the navigation. */
  nav?: string;
  /** The message key of the page's title (the browser tab). */
  title: string;
  /** The page opens on the signed-in employee's own record (`:id` = their employee id). */
  ownRecord?: true;
}

export const PAGES = [
  { name: 'sign-in', path: '/masuk', component: () => import('./pages/SignInPage.vue'), roles: [], title: 'session.title' },
  {
    name: 'overview', path: '/', component: () => import('./pages/OverviewPage.vue'),
    roles: ['ADMIN', 'PLANNER', 'ANALYST'], nav: 'nav.overview', title: 'nav.overview',
  },
  {
    name: 'heatmap', path: '/peta-kesenjangan', component: () => import('./pages/HeatmapPage.vue'),
    roles: ['ADMIN', 'LEADERSHIP', 'PLANNER', 'SUPERVISOR', 'ANALYST'], nav: 'nav.heatmap', title: 'heatmap.title',
  },
  {
    name: 'leadership', path: '/dasbor-pimpinan', component: () => import('./pages/LeadershipDashboardPage.vue'),
    roles: ['ADMIN', 'LEADERSHIP', 'PLANNER', 'ANALYST'], nav: 'nav.leadership', title: 'leadership.title',
  },
  {
    name: 'compare', path: '/bandingkan-unit', component: () => import('./pages/CompareUnitsPage.vue'),
    roles: ['ADMIN', 'LEADERSHIP', 'PLANNER', 'ANALYST'], nav: 'nav.compare', title: 'compare.title',
  },
  {
    name: 'training-needs', path: '/kebutuhan-pelatihan', component: () => import('./pages/TrainingNeedsPage.vue'),
    roles: ['ADMIN', 'LEADERSHIP', 'PLANNER', 'SUPERVISOR', 'ANALYST'], nav: 'training.title', title: 'training.title',
  },
  {
    name: 'employee-profile', path: '/pegawai/:id?', component: () => import('./pages/EmployeeProfilePage.vue'),
    roles: ['ADMIN', 'PLANNER', 'SUPERVISOR', 'EMPLOYEE', 'ANALYST'], nav: 'profile.title', title: 'profile.title', ownRecord: true,
  },
  {
    name: 'team', path: '/tim-saya', component: () => import('./pages/TeamPage.vue'),
    roles: ['ADMIN', 'SUPERVISOR'], nav: 'team.title', title: 'team.title',
  },
  {
    name: 'console', path: '/konsol', component: () => import('./pages/ConsolePage.vue'),
    roles: ['ADMIN', 'ANALYST'], nav: 'nav.console', title: 'console.title',
  },
  {
    name: 'import', path: '/impor', component: () => import('./pages/ImportPage.vue'),
    roles: ['ADMIN'], nav: 'import.title', title: 'import.title',
  },
] as const satisfies readonly PageRoute[];

export type PageName = (typeof PAGES)[number]['name'];

/** The page each role lands on after signing in, and when it asks for a page it may not open. */
export const HOME_PAGE: Record<Role, PageName> = {
  ADMIN: 'overview',
  LEADERSHIP: 'leadership',
  PLANNER: 'overview',
  SUPERVISOR: 'team',
  EMPLOYEE: 'employee-profile',
  ANALYST: 'overview',
};
