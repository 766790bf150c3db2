import type { PowerResultData, Produced, ResultWithInput } from '../../results/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { PowerNoteCode } from './powerNotes.js';

export type { SimulatedPowerPoint } from '../../results/index.js';

/**
 * What `livelift power <experiment> --json` prints and `--out` saves as result.json: the schema's
 * type (src/results/powerResult.ts, every field described there), with the experiment's own types
 * where the schema keeps plain values (the input, the unit, the metric, the note codes).
 */
export type PowerResult = Omit<Produced<ResultWithInput<PowerResultData, Experiment, Scenario>, 'maxSessionsPerArm' | 'clusteredAnalyticSessionsPerArm'>, 'unit' | 'metric' | 'notes' | 'fit'> & {
  readonly fit: Produced<NonNullable<PowerResultData['fit']>, 'curve'> | null;
  readonly unit: Experiment['unit'];
  readonly metric: MetricName;
  readonly notes: { readonly code: PowerNoteCode; readonly message: string }[];
};
