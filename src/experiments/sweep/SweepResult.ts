import type { Produced, ResultWithInput, SweepPoint as SweepPointData, SweepResultData } from '../../results/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';

/** One value of the swept parameter, as the sweep writes it today. */
export type SweepPoint = Produced<SweepPointData, 'profitPerSession'>;

/** A mean over replicates with its 95% t interval. */
export type MeanWithInterval = SweepResultData['points'][number]['revenuePerSession'];

/**
 * What `livelift sweep --json` prints and `--out` saves as result.json: the schema's type
 * (src/results/sweepResult.ts, every field described there), with the experiment's own types in `input`.
 */
export type SweepResult = Omit<Produced<ResultWithInput<SweepResultData, Experiment, Scenario>, 'objective'>, 'points'> & { readonly points: SweepPoint[] };
