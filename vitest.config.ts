import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships both index.js and index.mjs. Node (and so every package here) loads index.js;
    // Vite would hand test and source files index.mjs, a second graphql whose classes the first
    // refuses ("Cannot use GraphQLSchema from another module or realm"). One copy for all.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // One Neo4j serves every file; files run one after another so their data never races.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
