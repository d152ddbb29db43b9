// The fast loop (`npm run test:unit`): every test that needs no Neo4j and no browser — pure
// modules on both sides. No global setup, so nothing is installed or started. The full suite
// (vitest.config.ts, `npm test`) runs these too.
import { defineConfig } from 'vitest/config';

export const UNIT_TESTS = ['tests/unit/**/*.test.ts', 'client/src/**/*.test.ts', 'server/**/*.test.ts'];

export default defineConfig({
  test: {
    include: UNIT_TESTS,
    testTimeout: 30000,
  },
});
