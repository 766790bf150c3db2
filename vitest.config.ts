import { defineConfig } from 'vitest/config';

// Fast tests only by default; long calibration runs live behind `npm run calibrate`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.calibration.test.ts', 'node_modules/**'],
    // One pinned fast-check seed for every property (FC_SEED / FC_RUNS override it: npm run fuzz).
    setupFiles: ['test/support/fastCheckSeed.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
