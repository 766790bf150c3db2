/**
 * The limits of a run, defined once for every command (docs/cli.md, "Limits"), in a module that
 * imports nothing so that the commands' help texts (runOptionHelp.ts) can state them without
 * loading the checks:
 * - replicates: at most 100,000 (a simulation's result also has to fit MAX_RESULT_CHARACTERS);
 * - seed: a 32-bit unsigned integer, as the random streams take it;
 * - workers: 1 to 256 accepted, then capped at the CPU cores with a note (more threads than
 *   cores only cost memory, and the result is the same for any number of workers);
 * - fit and backtest: at most 100 simulations per candidate, 1,000 sessions of a fitted plan;
 * - analyze: at most 100 variants.
 */
export const RUN_LIMITS = {
  replicates: 100_000,
  seed: 2 ** 32 - 1,
  workers: 256,
  /** `fit`/`backtest --simulations`: simulated sessions per candidate of the estimation. */
  fitSimulations: 100,
  /** `fit --check-replicates` and `backtest --predictions`: simulated sessions of a fitted plan. */
  fitReplicates: 1000,
  /**
   * `analyze`: variants (arms) in one analysis. Each arm is a row of every table and a mark in
   * every chart; 1,000 arms with --out once overflowed vega's call stack. Real tests have a few.
   */
  variants: 100,
} as const;

/** Worker threads when --workers is not given: one per CPU core, at most this many. */
export const DEFAULT_WORKERS_MAX = 4;
