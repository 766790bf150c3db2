import { defineConfig } from 'vitest/config';

// Long seeded calibration runs (A/A false-positive rates, interval coverage, peeking).
// `npm run calibrate` runs them at full size; CALIBRATION_SIZE=ci shrinks them to about a minute.
export default defineConfig({
  test: {
    include: ['test/**/*.calibration.test.ts'],
    testTimeout: 600_000,
    pool: 'forks',
  },
});
