import type { ExperimentComparison, ExperimentResultData, Produced, ResultWithInput } from '../../results/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { MetricName } from '../schema/metrics.js';

export type { ArmFunnel, Rate, Spread } from '../../results/index.js';

/** One contrast (arm vs control, main effect, interaction) on one metric, over all replicates. */
export type ComparisonSummary = Omit<ExperimentComparison, 'metric'> & { readonly metric: MetricName };

/** One arm: what rolling it out would do, from the potential outcomes. */
export type ArmSummary = Omit<Produced<ExperimentResultData['arms'][number], 'profitPerSession' | 'funnel'>, 'metrics'> & {
  /** True value of every analyzed metric with every viewer in this arm. */
  readonly metrics: Readonly<Partial<Record<MetricName, number | null>>>;
};

/**
 * What `livelift experiment --json` prints and `--out` saves as result.json: the schema's type
 * (src/results/experimentResult.ts, every field described there), with the experiment's own types
 * where the schema keeps plain values (the input, unit, analysis settings, metrics).
 */
export type ExperimentResult = Omit<ResultWithInput<ExperimentResultData, Experiment, Scenario>, 'unit' | 'analysis' | 'metrics' | 'arms' | 'comparisons' | 'recommendation'> & {
  readonly recommendation: Produced<ExperimentResultData['recommendation'], 'objective'>;
  readonly unit: Experiment['unit'];
  readonly analysis: Experiment['analysis'];
  readonly metrics: Experiment['metrics'];
  readonly arms: ArmSummary[];
  readonly comparisons: ComparisonSummary[];
};
