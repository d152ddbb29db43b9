import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'client/src/**/*.test.ts', 'server/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j-global.ts'],
    // One Neo4j for the run (Community has one user database): files run one after another.
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 240000,
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
