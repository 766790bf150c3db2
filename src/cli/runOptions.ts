import { availableParallelism } from 'node:os';
import { InputError, type InputProblem } from '../io/inputError.js';

/** Command-line choices shared by `simulate`, `experiment`, `sweep` and `power <experiment>`. */
export interface RunArguments {
  seed?: number;
  replicates?: number;
  workers?: number;
}

/**
 * The limits of a run, defined once for every command (docs/cli.md, "Limits"):
 * - replicates: at most 100,000 (a simulation's result also has to fit MAX_RESULT_CHARACTERS);
 * - seed: a 32-bit unsigned integer, as the random streams take it;
 * - workers: 1 to 256 accepted, then capped at the CPU cores with a note (more threads than
 *   cores only cost memory, and the result is the same for any number of workers).
 */
export const RUN_LIMITS = {
  replicates: 100_000,
  seed: 2 ** 32 - 1,
  workers: 256,
} as const;

/**
 * Largest result livelift builds as one JSON text (characters): V8's longest string is 2^29 − 24
 * (about 537 million) characters; a margin is kept for the report's copies.
 */
export const MAX_RESULT_CHARACTERS = 400_000_000;

/**
 * Check --seed, --replicates and --workers, falling back to the file's seed and replicates and to
 * one worker per core (at most 4). Every problem is reported at once, named by its option.
 * More workers than cores are capped at the cores, with a note on stderr.
 */
export function checkRunArguments(argv: RunArguments, defaults: { seed: number; replicates: number }): { seed: number; replicates: number; workers: number } {
  const problems: InputProblem[] = [];
  const seed = argv.seed ?? defaults.seed;
  const replicates = argv.replicates ?? defaults.replicates;
  const workers = argv.workers ?? defaultWorkers();
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= RUN_LIMITS.seed)) problems.push({ path: '--seed', message: `must be a whole number from 0 to ${RUN_LIMITS.seed}, got ${argv.seed ?? seed}` });
  if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= RUN_LIMITS.replicates)) {
    problems.push({ path: '--replicates', message: `must be a whole number from 1 to ${RUN_LIMITS.replicates}, got ${argv.replicates ?? replicates}` });
  }
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= RUN_LIMITS.workers)) problems.push({ path: '--workers', message: `must be a whole number from 1 to ${RUN_LIMITS.workers}, got ${argv.workers}` });
  if (problems.length > 0) throw new InputError(problems);
  const cores = availableParallelism();
  if (workers > cores) process.stderr.write(`livelift: note: --workers ${workers} capped at ${cores}, the CPU cores (the result does not depend on it)\n`);
  return { seed, replicates, workers: Math.min(workers, cores) };
}

function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
