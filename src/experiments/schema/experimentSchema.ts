import { z } from 'zod';
import { block, optional, required, withDefault } from '../../sim/scenario/field.js';
import { ScenarioSchema } from '../../sim/scenario/scenarioSchema.js';
import { AnalysisSchema } from './analysisSchema.js';
import { DesignSchema } from './designSchema.js';
import { METRIC_NAMES, metricTable } from './metrics.js';
import { UnitFieldSchema } from './unitSchema.js';

const Metric = z.enum(METRIC_NAMES);

export const MetricsSchema = z
  .strictObject({
    primary: withDefault(Metric, 'revenuePerViewer', `The decision metric. One of: ${metricTable()}.`),
    secondary: withDefault(z.array(Metric), ['conversion'], 'Metrics reported beside the primary one (corrected as one family).'),
    guardrails: withDefault(z.array(Metric), [], 'Metrics that must not get worse; a significant drop is flagged (not corrected).'),
  })
  .describe('Which metrics are analyzed, per viewer: primary, secondary and guardrails.');

/**
 * An experiment file, with the base scenario either as a path or inline. `scenarioField` is the
 * schema of that field: the loader parses the scenario itself (so its errors get paths relative
 * to the scenario), while the JSON Schema for editors describes the inline form in full.
 */
function experimentSchema<S extends z.ZodType>(scenarioField: S) {
  return z
    .strictObject({
      $schema: optional(z.string(), 'JSON Schema of this file, for editors (e.g. "./experiment.schema.json"); ignored by livelift.'),
      name: required(z.string().min(1), 'Short name of the experiment, shown in results and reports.'),
      description: withDefault(z.string(), '', 'The question this experiment answers, in plain words.'),
      scenario: required(
        scenarioField,
        'Base scenario: a path relative to this file (e.g. "../python-course-launch.json") or an inline scenario object.',
      ),
      design: required(DesignSchema, 'How arms are formed.'),
      unit: UnitFieldSchema,
      metrics: block(MetricsSchema, 'Metrics.'),
      analysis: block(AnalysisSchema, 'Analysis settings.'),
      sessionsPerArm: withDefault(
        z.number().int().min(1).max(1000),
        1,
        'Viewer and switchback units: shared sessions per replicate (every arm runs in each). Session unit: sessions each arm gets per replicate ' +
          '(with unequal weights the total, arms × sessionsPerArm, is split by weight).',
        'sessions',
      ),
      replicates: withDefault(z.number().int().min(1).max(1_000_000), 200, 'Simulated repetitions of the whole test (the command line may override).', 'replicates'),
      seed: withDefault(z.number().int().min(0).max(2 ** 32 - 1), 1, 'Random seed used when the command line gives none (0 is a valid seed).'),
    })
    .describe('A livelift experiment: arms over a base scenario, the randomization unit, metrics and analysis, simulated many times.');
}

/** What the loader parses: the scenario is a path or any object (checked by the scenario schema after). */
export const ExperimentSchema = experimentSchema(z.union([z.string().min(1), z.record(z.string(), z.unknown())]));

/** The same file format with the inline scenario described in full, for `livelift schema experiment`. */
export const ExperimentFileSchema = experimentSchema(z.union([z.string().min(1), ScenarioSchema]));

export type Experiment = z.output<typeof ExperimentSchema>;
export type ExperimentInput = z.input<typeof ExperimentSchema>;
export type MetricsSettings = z.output<typeof MetricsSchema>;
