import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. type-graphql and Apollo load the
    // CommonJS one through Node; code that Vite transforms must get the same copy, or graphql's
    // instanceof checks fail ("Cannot use GraphQLObjectType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql', { paths: [require.resolve('type-graphql', { paths: ['packages/server'] })] }) }],
  },
  test: {
    // Each test file works in a database of its own, so files may run side by side.
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts', 'packages/server/src/**/*.test.ts'],
          setupFiles: ['packages/server/test/support/setup.ts'],
        },
      },
      // The web app's pure code (transforms, renderer, CSV): plain Node.
      {
        extends: true,
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/web/src/**/components/**'],
        },
      },
      // The web app's components (tests beside them in a components/ folder): the Vue plugin and
      // happy-dom, configured in packages/web where the plugin is a dependency.
      'packages/web/vitest.config.ts',
    ],
  },
});
