import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { ALL_TESTS, E2E_FILES, UNIT_FILES } from './test/support/tiers.js';

const DATABASE_SETUP = ['test/support/global-setup.ts'];

export default defineConfig({
  resolve: {
    // graphql ships both index.js and index.mjs. Node (and so every package here) loads index.js;
    // Vite would hand test and source files index.mjs, a second graphql whose classes the first
    // refuses ("Cannot use GraphQLSchema from another module or realm"). One copy for all.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Three tiers (test/support/tiers.ts says which file is where). `npm test` runs them in turn:
    // unit first (seconds), then integration, then e2e. Integration and e2e share one Neo4j
    // (the global setup starts it once for both), so they never run at the same time, and within
    // each, files run one after another so their data never races.
    projects: [
      {
        extends: true,
        // No global setup: nothing in this tier may need Neo4j (the harness refuses without one).
        test: { name: 'unit', include: [...UNIT_FILES], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [ALL_TESTS],
          exclude: [...UNIT_FILES, ...E2E_FILES],
          globalSetup: DATABASE_SETUP,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [...E2E_FILES],
          globalSetup: DATABASE_SETUP,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
