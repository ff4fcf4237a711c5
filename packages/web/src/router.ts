import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue') },
    { path: '/peta-kesenjangan', name: 'heatmap', component: () => import('./pages/HeatmapPage.vue') },
    { path: '/dasbor-pimpinan', name: 'leadership', component: () => import('./pages/LeadershipDashboardPage.vue') },
    { path: '/bandingkan-unit', name: 'compare', component: () => import('./pages/CompareUnitsPage.vue') },
    { path: '/kebutuhan-pelatihan', name: 'training-needs', component: () => import('./pages/TrainingNeedsPage.vue') },
    { path: '/pegawai/:id?', name: 'employee-profile', component: () => import('./pages/EmployeeProfilePage.vue') },
    { path: '/tim-saya', name: 'team', component: () => import('./pages/TeamPage.vue') },
    { path: '/konsol', name: 'console', component: () => import('./pages/ConsolePage.vue') },
  ],
});
