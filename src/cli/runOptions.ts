import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { InputError, type InputProblem } from '../io/inputError.js';
import { DEFAULT_WORKERS_MAX, RUN_LIMITS } from './runLimits.js';

/** Command-line choices shared by `simulate`, `experiment`, `sweep` and `power <experiment>`. */
export interface RunArguments {
  seed?: number;
  replicates?: number;
  workers?: number;
}

export { RUN_LIMITS, DEFAULT_WORKERS_MAX } from './runLimits.js';

/**
 * Largest result livelift builds as one JSON text (characters): V8's longest string is 2^29 − 24
 * (about 537 million) characters; a margin is kept for the report's copies.
 */
export const MAX_RESULT_CHARACTERS = 400_000_000;

/** A whole number in [min, max], with the message every command gives for it. */
const wholeNumber = (min: number, max: number) =>
  z.unknown().refine((value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max, { message: `must be a whole number from ${min} to ${max}` });

/**
 * The run options as a zod schema, the single source of their limits and help: `simulate`,
 * `experiment`, `sweep` and `power <experiment>` all check --seed, --replicates and --workers
 * with it (after the file's defaults are filled in).
 */
export const RunOptionsSchema = z.object({
  seed: wholeNumber(0, RUN_LIMITS.seed).describe('Random seed; 0 is a valid seed. Default: the file\'s "seed".'),
  replicates: wholeNumber(1, RUN_LIMITS.replicates).describe(`Replicates (simulated sessions or tests), at most ${RUN_LIMITS.replicates}.`),
  workers: wholeNumber(1, RUN_LIMITS.workers).describe(`Worker threads; capped at the CPU cores with a note. Default: the cores, at most ${DEFAULT_WORKERS_MAX}.`),
});

/**
 * Check --seed, --replicates and --workers, falling back to the file's seed and replicates and to
 * one worker per core (at most 4). Every problem is reported at once, named by its option.
 * More workers than cores are capped at the cores, with a note on stderr.
 */
export function checkRunArguments(argv: RunArguments, defaults: { seed: number; replicates: number }): { seed: number; replicates: number; workers: number } {
  const values = { seed: argv.seed ?? defaults.seed, replicates: argv.replicates ?? defaults.replicates, workers: argv.workers ?? defaultWorkers() };
  const parsed = RunOptionsSchema.safeParse(values);
  if (!parsed.success) {
    const problems: InputProblem[] = parsed.error.issues.map((issue) => {
      const option = String(issue.path[0]) as keyof typeof values;
      return { path: `--${option}`, message: `${issue.message}, got ${argv[option] ?? values[option]}` };
    });
    throw new InputError(problems);
  }
  const { seed, replicates, workers } = values;
  const cores = availableParallelism();
  if (workers > cores) process.stderr.write(`livelift: note: --workers ${workers} capped at ${cores}, the CPU cores (the result does not depend on it)\n`);
  return { seed, replicates, workers: Math.min(workers, cores) };
}

function defaultWorkers(): number {
  return Math.max(1, Math.min(DEFAULT_WORKERS_MAX, availableParallelism()));
}
