import { describe, expect, it } from 'vitest';
import { HOME_PAGE, PAGES } from '../../routes.ts';
import { afterSignIn, homeOf, homeRoute, mayOpen, mayPlanTraining, navigationOf, PAGES_BY_ROLE, seesPseudonyms } from './role-pages.ts';

const pageOf = (path: string) => ({ '/konsol': 'console', '/tim-saya': 'team', '/masuk': 'sign-in', '/pegawai/7': 'employee-profile' })[path] ?? null;

describe('pages by role', () => {
  it('an employee opens only their profile; a supervisor lands on their team', () => {
    expect(mayOpen('EMPLOYEE', 'employee-profile')).toBe(true);
    expect(mayOpen('EMPLOYEE', 'heatmap')).toBe(false);
    expect(homeOf('EMPLOYEE')).toBe('employee-profile');
    expect(homeOf('SUPERVISOR')).toBe('team');
    expect(afterSignIn('EMPLOYEE', '42', undefined, pageOf)).toEqual({ name: 'employee-profile', params: { id: '42' } });
  });

  it('only analysts and admins get the query console', () => {
    const withConsole = Object.entries(PAGES_BY_ROLE).filter(([, pages]) => pages.includes('console')).map(([role]) => role);
    expect(withConsole.sort()).toEqual(['ADMIN', 'ANALYST']);
  });

  it('only admins get the import page (imports and exports are ADMIN\'s on the server)', () => {
    const withImport = Object.entries(PAGES_BY_ROLE).filter(([, pages]) => pages.includes('import')).map(([role]) => role);
    expect(withImport).toEqual(['ADMIN']);
  });

  it('only analysts see employees pseudonymised', () => {
    expect(Object.keys(PAGES_BY_ROLE).filter((role) => seesPseudonyms(role as keyof typeof PAGES_BY_ROLE))).toEqual(['ANALYST']);
    expect(seesPseudonyms(null)).toBe(false);
  });

  it('offers the training planner only to the roles the API lets plan', () => {
    const planners = Object.keys(PAGES_BY_ROLE).filter((role) => mayPlanTraining(role as keyof typeof PAGES_BY_ROLE));
    expect(planners.sort()).toEqual(['ADMIN', 'PLANNER', 'SUPERVISOR']);
    expect(mayPlanTraining(null)).toBe(false);
  });

  it('nobody signed in may open the sign-in page only', () => {
    expect(mayOpen(null, 'sign-in')).toBe(true);
    expect(mayOpen(null, 'overview')).toBe(false);
  });

  it('after signing in: back to the page asked for when allowed, else home; never to another site', () => {
    expect(afterSignIn('ANALYST', null, '/konsol', pageOf)).toBe('/konsol');
    expect(afterSignIn('PLANNER', null, '/konsol', pageOf)).toEqual({ name: 'overview' });
    expect(afterSignIn('ADMIN', null, '//evil.example/x', pageOf)).toEqual({ name: 'overview' });
    expect(afterSignIn('ADMIN', null, 'https://evil.example/', pageOf)).toEqual({ name: 'overview' });
    expect(afterSignIn('ADMIN', null, '/masuk', pageOf)).toEqual({ name: 'overview' });
  });

  it('sends every role home to a page it may open', () => {
    for (const [role, page] of Object.entries(HOME_PAGE)) expect(mayOpen(role as keyof typeof HOME_PAGE, page)).toBe(true);
    expect(homeRoute('SUPERVISOR', '9')).toEqual({ name: 'team' });
  });
});

describe('the route table', () => {
  it('gives every page a unique name and path', () => {
    expect(new Set(PAGES.map((p) => p.name)).size).toBe(PAGES.length);
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
  });

  it('derives each role\'s navigation: its pages in the table\'s order, the profile opening on its own record', () => {
    expect(navigationOf('SUPERVISOR', '42')).toEqual([
      { to: { name: 'heatmap' }, label: 'nav.heatmap' },
      { to: { name: 'training-needs' }, label: 'training.title' },
      { to: { name: 'employee-profile', params: { id: '42' } }, label: 'profile.title' },
      { to: { name: 'team' }, label: 'team.title' },
    ]);
    expect(navigationOf('EMPLOYEE', null)).toEqual([{ to: { name: 'employee-profile' }, label: 'profile.title' }]);
    expect(navigationOf(null, null)).toEqual([]);
  });

  it('keeps the pages each role had before the table', () => {
    const sorted = (pages: readonly string[]) => [...pages].sort();
    expect(sorted(PAGES_BY_ROLE.LEADERSHIP)).toEqual(['compare', 'heatmap', 'leadership', 'training-needs']);
    expect(sorted(PAGES_BY_ROLE.PLANNER)).toEqual(['compare', 'employee-profile', 'heatmap', 'leadership', 'overview', 'training-needs']);
    expect(sorted(PAGES_BY_ROLE.ANALYST)).toEqual(['compare', 'console', 'employee-profile', 'heatmap', 'leadership', 'overview', 'training-needs']);
    expect(PAGES_BY_ROLE.ADMIN).toHaveLength(PAGES.length - 1);
  });
});
