import fc from 'fast-check';

/**
 * Every fast-check property in the suite runs from one pinned seed, so `npm test` and CI check the
 * same cases on every run and a failure reproduces. Exploring new cases is a separate, explicit
 * run: `npm run fuzz` (FC_SEED=random, FC_RUNS=10 × the usual number of cases per property).
 * A counterexample found there is pinned as a plain test next to the property, as fast-check
 * prints it (seed, path and the shrunk value).
 *
 *   FC_SEED  integer seed, or "random" for a fresh seed per property (default: PINNED_SEED)
 *   FC_RUNS  multiplier of each property's number of cases (default 1)
 */
const PINNED_SEED = 20261123;

const seedSetting = process.env.FC_SEED ?? String(PINNED_SEED);
const runsSetting = process.env.FC_RUNS ?? '1';
const seed = Number(seedSetting);
const runs = Number(runsSetting);
if (seedSetting !== 'random' && !Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${seedSetting}"`);
if (!(Number.isSafeInteger(runs) && runs >= 1)) throw new Error(`FC_RUNS must be an integer ≥ 1, got "${runsSetting}"`);

fc.configureGlobal({
  ...(seedSetting === 'random' ? {} : { seed }),
  // Applies to properties without their own numRuns; those with one are scaled in `scaledRuns`.
  numRuns: 100 * runs,
});

/** A property's own number of cases, times FC_RUNS. */
export function scaledRuns(numRuns: number): number {
  return numRuns * runs;
}
