import { z } from 'zod';
import { VersionSchema } from './envelope.js';

/**
 * The result of `livelift fit` and the `fit` block it writes into a fitted scenario: where the
 * numbers came from. The simulator ignores the block; it is there so that a fitted plan carries
 * its own provenance (input checksums, each estimate with its uncertainty, what the data could not
 * speak to). Written by src/fit; the scenario schema (src/sim/scenario) accepts the block as it is
 * declared here.
 *
 * An estimate is generic on purpose: any estimator of src/fit (src/fit/estimators.ts) returns the
 * same entry for whatever scenario path it estimates, so a new estimator needs no schema change.
 * The descriptions are those of the scenario's JSON Schema (scenarios/scenario.schema.json).
 */
export const FitEstimateSchema = z
  .strictObject({
    path: z.string().describe('Scenario path of the estimated field, e.g. "audience.segments[0].watchTime.meanMinutes".'),
    value: z.number().describe('Fitted value written into the scenario at `path`.'),
    prior: z.number().optional().describe('Value the plan had before fitting.'),
    se: z.number().optional().describe('Standard error of the estimate.'),
    interval: z.tuple([z.number().describe('Lower end.'), z.number().describe('Upper end.')]).optional().describe('90% interval of the estimate.'),
    method: z.string().describe('Estimator: poisson-mle, censored-mle, ratio, moment, simulated-moments.'),
    held: z.boolean().describe('True when the data could not separate this coefficient: it keeps its prior value.'),
    note: z.string().optional().describe('Why it was held, or what the estimate assumes.'),
  })
  .describe('One estimated (or held) coefficient.');

const FIT_RECORD_FIELDS = {
  tool: z.string().describe('Which tool and version wrote the record ("livelift 0.1.0").'),
  plan: z.string().describe('The plan file that was fitted, as given on the command line.'),
  inputs: z
    .array(
      z.strictObject({
        file: z.string().describe('Input file as given on the command line.'),
        sha256: z.string().describe('SHA-256 checksum of the file\'s bytes (hex).'),
        sessions: z.number().int().describe('Sessions the file held.'),
        viewers: z.number().int().describe('Viewer rows the file held.'),
      }).describe('One input file.'),
    )
    .describe('Input files with their SHA-256 checksums, sessions and viewer rows.'),
  seed: z.number().int().describe('Seed of the simulation-based estimation.'),
  estimates: z.array(FitEstimateSchema).describe('Every estimate, held or not.'),
  sessions: z
    .record(z.string(), z.number().describe('Standard deviation across sessions.'))
    .optional()
    .describe('Session-to-session spread of totals (standard deviations) when there are several sessions.'),
};

/** The `fit` block of a fitted scenario (fitted.json). */
export const FitRecordSchema = z
  .strictObject(FIT_RECORD_FIELDS)
  .describe('Provenance of a fitted scenario (written by livelift fit; ignored by the simulator).');

/**
 * What `livelift fit --report DIR` saves as fit.json and result.json: the fit block with the
 * envelope (`kind`, `version`; its `seed` is the estimation's). The fitted scenario itself is the
 * `--out` file.
 */
export const FitResultSchema = z
  .strictObject({
    kind: z.literal('fit').describe('Result kind'),
    version: VersionSchema,
    ...FIT_RECORD_FIELDS,
  })
  .describe('The result of livelift fit: the fitted scenario\'s fit block, with the result envelope');

export type FitEstimate = z.output<typeof FitEstimateSchema>;
export type FitRecord = z.output<typeof FitRecordSchema>;
export type FitResultData = z.output<typeof FitResultSchema>;
