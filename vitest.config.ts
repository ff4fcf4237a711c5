import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. type-graphql and Apollo load the
    // CommonJS one through Node; code that Vite transforms must get the same copy, or graphql's
    // instanceof checks fail ("Cannot use GraphQLObjectType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql', { paths: [require.resolve('type-graphql', { paths: ['packages/server'] })] }) }],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    // Each test file works in a database of its own, so files may run side by side.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['packages/server/test/support/setup.ts'],
  },
});
