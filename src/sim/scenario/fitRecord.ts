import { z } from 'zod';
import { optional, required } from './field.js';

/**
 * What `livelift fit` writes into a fitted scenario: where the numbers came from. The simulator
 * ignores it; it is there so that a fitted plan carries its own provenance (input checksums, each
 * estimate with its uncertainty, what the data could not speak to). Written by src/fit.
 */
export const FitEstimateSchema = z
  .strictObject({
    path: required(z.string(), 'Scenario path of the estimated field, e.g. "audience.segments[0].watchTime.meanMinutes".'),
    value: required(z.number(), 'Fitted value written into the scenario at `path`.'),
    prior: optional(z.number(), 'Value the plan had before fitting.'),
    se: optional(z.number(), 'Standard error of the estimate.'),
    interval: optional(z.tuple([z.number().describe('Lower end.'), z.number().describe('Upper end.')]), '90% interval of the estimate.'),
    method: required(z.string(), 'Estimator: poisson-mle, censored-mle, ratio, moment, simulated-moments.'),
    held: required(z.boolean(), 'True when the data could not separate this coefficient: it keeps its prior value.'),
    note: optional(z.string(), 'Why it was held, or what the estimate assumes.'),
  })
  .describe('One estimated (or held) coefficient.');

export const FitRecordSchema = z
  .strictObject({
    tool: required(z.string(), 'Which tool and version wrote the record ("livelift 0.1.0").'),
    plan: required(z.string(), 'The plan file that was fitted, as given on the command line.'),
    inputs: required(
      z.array(
        z.strictObject({
          file: z.string().describe('Input file as given on the command line.'),
          sha256: z.string().describe('SHA-256 checksum of the file\'s bytes (hex).'),
          sessions: z.number().int().describe('Sessions the file held.'),
          viewers: z.number().int().describe('Viewer rows the file held.'),
        }).describe('One input file.'),
      ),
      'Input files with their SHA-256 checksums, sessions and viewer rows.',
    ),
    seed: required(z.number().int(), 'Seed of the simulation-based estimation.'),
    estimates: required(z.array(FitEstimateSchema), 'Every estimate, held or not.'),
    sessions: optional(z.record(z.string(), z.number().describe('Standard deviation across sessions.')), 'Session-to-session spread of totals (standard deviations) when there are several sessions.'),
  })
  .describe('Provenance of a fitted scenario (written by livelift fit; ignored by the simulator).');

export type FitEstimate = z.output<typeof FitEstimateSchema>;
export type FitRecord = z.output<typeof FitRecordSchema>;
