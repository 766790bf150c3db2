import { z } from 'zod';

/**
 * The fields every livelift result shares (its envelope) and the small pieces several kinds reuse.
 * Field names are those results have always carried, so saved files keep their bytes:
 *
 *   kind     what produced the result; `livelift report` dispatches on it
 *   version  livelift version that produced it (simulate: `livelift.version`)
 *   seed     the root seed; with the input it reproduces the result
 *   input    what was read: the experiment and base scenario as parsed, or the analyzed file
 *
 * src/results imports only zod: a result is plain data that every layer above may read.
 */
export const VersionSchema = z.string().describe('livelift version that produced the result');
export const SeedSchema = z.number().int().describe('Root seed; the same seed and input give the same bytes');

/** The envelope of a result kind: `kind`, `version`, `seed`. */
export function envelope<K extends string>(kind: K) {
  return { kind: z.literal(kind).describe('Result kind'), version: VersionSchema, seed: SeedSchema };
}

/** [low, high], both finite. */
export const IntervalSchema = z.tuple([z.number(), z.number()]).describe('Interval [low, high]');
/** [low, high] whose open end (one-sided test, unbounded set) is null: JSON has no Infinity. */
export const OpenIntervalSchema = z
  .tuple([z.number().nullable(), z.number().nullable()])
  .describe('Interval [low, high]; null for an open (unbounded) end');

/** A coded note or warning: a stable code and its message. */
export const NoteSchema = z.object({ code: z.string().describe('Stable code'), message: z.string().describe('The note in plain words') });

/** A mean over replicates with its 95% t interval and the 2.5–97.5% spread of single replicates. */
export const ReplicateSummarySchema = z.object({
  mean: z.number().describe('Mean over replicates'),
  ci: IntervalSchema.describe('95% Student-t interval of the mean'),
  spread: IntervalSchema.describe('2.5% and 97.5% quantiles over replicates'),
});

/**
 * The `input` block of every simulated-experiment result (experiment, sweep, power, bandit): the
 * experiment and base scenario as parsed, every default filled in, so the result can be rerun.
 * Their own schemas (src/experiments/schema, src/sim/scenario) check them when they are read;
 * here they are objects, so that src/results depends on nothing but zod.
 */
export const ExperimentInputSchema = z
  .object({
    file: z.string().nullable().describe('Experiment file as the user named it (null for a command-line sweep)'),
    scenarioFile: z.string().nullable().describe('Base scenario file, when the experiment named one'),
    experiment: z.looseObject({}).describe('The experiment as parsed, every default filled in'),
    scenario: z
      .looseObject({ name: z.string().optional().describe('Scenario name'), currency: z.string().optional().describe('Currency of revenue (default CNY)') })
      .describe('The base scenario as parsed'),
  })
  .describe('What reproduces the result');

export type ExperimentInput = z.infer<typeof ExperimentInputSchema>;

/**
 * A result type whose `input` carries the producer's own experiment and scenario types (the schema
 * keeps them as plain objects). Producers write `ResultWithInput<z.infer<typeof Schema>, Experiment, Scenario>`.
 */
export type ResultWithInput<R extends { input: ExperimentInput }, E, S> = Omit<R, 'input'> & {
  input: Omit<R['input'], 'experiment' | 'scenario'> & { experiment: E; scenario: S };
};

/**
 * `T` with the keys `K` required: what a producer writes today, where the schema also reads
 * results saved before those fields existed (they are `.optional()` there).
 */
export type Produced<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };
