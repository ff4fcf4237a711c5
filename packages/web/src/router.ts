import { createRouter, createWebHistory } from 'vue-router';
import { homeRoute, mayOpen } from './features/session/role-pages.ts';
import { loadSession, session } from './features/session/use-session.ts';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/masuk', name: 'sign-in', component: () => import('./pages/SignInPage.vue') },
    { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue') },
    { path: '/peta-kesenjangan', name: 'heatmap', component: () => import('./pages/HeatmapPage.vue') },
    { path: '/dasbor-pimpinan', name: 'leadership', component: () => import('./pages/LeadershipDashboardPage.vue') },
    { path: '/bandingkan-unit', name: 'compare', component: () => import('./pages/CompareUnitsPage.vue') },
    { path: '/kebutuhan-pelatihan', name: 'training-needs', component: () => import('./pages/TrainingNeedsPage.vue') },
    { path: '/pegawai/:id?', name: 'employee-profile', component: () => import('./pages/EmployeeProfilePage.vue') },
    { path: '/tim-saya', name: 'team', component: () => import('./pages/TeamPage.vue') },
    { path: '/konsol', name: 'console', component: () => import('./pages/ConsolePage.vue') },
    { path: '/impor', name: 'import', component: () => import('./pages/ImportPage.vue') },
  ],
});

/**
 * Every page but sign-in needs a signed-in account, and each role sees only its pages
 * (features/session/role-pages.ts); the server enforces the same on the data.
 */
router.beforeEach(async (to) => {
  await loadSession();
  const role = session.account?.role ?? null;
  if (!role) return to.name === 'sign-in' ? true : { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  const home = homeRoute(role, session.account?.employee?.id);
  if (to.name === 'sign-in') return home;
  return mayOpen(role, String(to.name ?? '')) ? true : home;
});
