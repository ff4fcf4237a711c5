import { createRouter, createWebHistory } from 'vue-router';
import { homeRoute, mayOpen } from './features/session/role-pages.ts';
import { loadSession, session } from './features/session/use-session.ts';
import { PAGES } from './routes.ts';

export const router = createRouter({
  history: createWebHistory(),
  routes: PAGES.map(({ name, path, component, title }) => ({ name, path, component, meta: { title } })),
});

/**
 * Every page but sign-in needs a signed-in account, and each role sees only its pages (the route
 * table, routes.ts); the server enforces the same on the data.
 */
router.beforeEach(async (to) => {
  await loadSession();
  const role = session.account?.role ?? null;
  if (!role) return to.name === 'sign-in' ? true : { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  const home = homeRoute(role, session.account?.employee?.id);
  if (to.name === 'sign-in') return home;
  return mayOpen(role, String(to.name ?? '')) ? true : home;
});
