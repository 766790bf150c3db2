import type { PowerResultData, ResultWithInput } from '../../results/index.js';
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
export type PowerResult = Omit<ResultWithInput<PowerResultData, Experiment, Scenario>, 'unit' | 'metric' | 'notes'> & {
  readonly unit: Experiment['unit'];
  readonly metric: MetricName;
  readonly notes: { readonly code: PowerNoteCode; readonly message: string }[];
};
