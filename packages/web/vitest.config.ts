import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

/**
 * Component tests (`src/**\/components/**\/*.test.ts`): single-file components compiled by the Vue
 * plugin, mounted with @vue/test-utils in happy-dom (a DOM without layout or canvas drawing; the
 * canvas renderer is tested through its pure functions instead). A project of the root
 * vitest.config.ts, which runs every package's tests.
 */
export default defineProject({
  plugins: [vue()],
  test: {
    name: 'web-components',
    include: ['src/**/components/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
