import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The browser tests: real Chromium against the real server on a real PostgreSQL with the demo city
 * (e2e/support/global-setup.ts). `pnpm test` runs them after the other tests; `pnpm test:e2e` alone.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    // One Chromium at a time beside the server and PostgreSQL on a two-core machine.
    fileParallelism: false,
    // Generous: a test walks several pages for several roles, and a shared two-core machine can be
    // slow. A timeout here only stops a hung test; no test asserts a duration.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
