import { defineConfig } from 'vitest/config';

// Fast tests only by default; long calibration runs live behind `npm run calibrate`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.calibration.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
