import type { Contrast } from '../replicateAnalysis/contrasts.js';
import type { MetricRole } from '../replicateAnalysis/analyzeReplicate.js';
import type { ReplicateAnalysis } from '../replicateAnalysis/ReplicateAnalysis.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { ComparisonSummary, ExperimentResult } from '../output/ExperimentResult.js';
import type { RawReplicate } from '../world/ExperimentPayload.js';
import { addSums } from '../world/ViewerSums.js';
import { contrastTruth, potentialSumsByArm } from './contrastTruth.js';
import { resolveObjective } from '../schema/objectiveSchema.js';
import { recommend } from './recommend.js';
import { summariseArms } from './summariseArms.js';
import { rate, summariseComparison } from './summariseComparison.js';

/** Everything the aggregation step needs. */
export interface AggregationInputs {
  readonly loaded: LoadedExperiment;
  readonly contrasts: readonly Contrast[];
  readonly metrics: readonly MetricRole[];
  readonly raws: readonly RawReplicate[];
  readonly analyses: readonly ReplicateAnalysis[];
  readonly seed: number;
  /** livelift's version, stamped on the result (the caller knows it: package.json in Node, the bundle in the browser). */
  readonly version: string;
}

/**
 * Replicates → result: the truth of every contrast from the potential outcomes pooled over all
 * replicates, each contrast × metric summarised against it, the arms' expected revenue, the SRM
 * rate, the primary estimates for the lift-distribution chart, and the recommendation.
 */
export function aggregateExperiment(inputs: AggregationInputs): ExperimentResult {
  const { loaded, contrasts, metrics, raws, analyses } = inputs;
  const experiment = loaded.experiment;
  const armCount = loaded.arms.length;
  const perReplicate = raws.map((raw) => potentialSumsByArm(raw, armCount));
  const pooled = Array.from({ length: armCount }, (_, arm) => addSums(perReplicate.map((sums) => sums[arm])));
  const comparisons = summariseComparisons(inputs, pooled, perReplicate);
  const arms = summariseArms(loaded, raws, pooled, metrics.map((metric) => metric.name));
  const srmTested = analyses.filter((analysis) => analysis.srm !== null);
  const srm = srmTested.length > 0 ? { flaggedRate: rate(srmTested.filter((analysis) => analysis.srm?.flagged).length, srmTested.length) } : null;
  const primary = experiment.metrics.primary;
  return {
    kind: 'experiment',
    version: inputs.version,
    name: experiment.name,
    description: experiment.description,
    seed: inputs.seed,
    replicates: raws.length,
    design: experiment.design.kind === 'factorial' ? 'factorial' : 'ab',
    unit: experiment.unit,
    control: loaded.arms[loaded.controlIndex].name,
    sessionsPerArm: experiment.sessionsPerArm,
    analysis: experiment.analysis,
    metrics: experiment.metrics,
    arms,
    comparisons,
    srm,
    primaryEstimates: primaryEstimates(contrasts, metrics, analyses, comparisons),
    recommendation: recommend({
      arms,
      comparisons,
      primary,
      unit: experiment.unit.kind,
      currency: loaded.base.currency,
      srmFlaggedRate: srm?.flaggedRate.value ?? null,
      alpha: experiment.analysis.alpha,
      objective: resolveObjective(experiment.analysis.objective, [loaded.base, ...loaded.arms.map((arm) => arm.scenario)]),
    }),
    input: { file: loaded.file ?? null, scenarioFile: loaded.scenarioFile ?? null, experiment, scenario: loaded.base },
  };
}

/** Every contrast × metric against its truth (pooled potential outcomes; per replicate for errors). */
function summariseComparisons(inputs: AggregationInputs, pooled: number[][], perReplicate: number[][][]): ComparisonSummary[] {
  const { contrasts, metrics, analyses, loaded } = inputs;
  return contrasts.flatMap((contrast, c) =>
    metrics.map((metric, m) =>
      summariseComparison({
        contrast,
        metric: metric.name,
        role: metric.role,
        replicates: analyses.map((analysis) => analysis.comparisons[c][m]),
        truth: contrastTruth(pooled, contrast, metric.name),
        truthPerReplicate: perReplicate.map((sums) => contrastTruth(sums, contrast, metric.name)),
        settings: loaded.experiment.analysis,
      }),
    ),
  );
}

/** Per primary contrast, the lift each replicate estimated (relative when defined, else absolute). */
function primaryEstimates(contrasts: readonly Contrast[], metrics: readonly MetricRole[], analyses: readonly ReplicateAnalysis[], comparisons: readonly ComparisonSummary[]): ExperimentResult['primaryEstimates'] {
  const m = metrics.findIndex((metric) => metric.role === 'primary');
  return contrasts.map((contrast, c) => {
    const summary = comparisons[c * metrics.length + m];
    const relative = summary.truth.relative !== null && summary.estimate.relative !== null;
    const estimates = analyses.flatMap((analysis) => {
      const comparison = analysis.comparisons[c][m];
      const effect = relative ? comparison.relative : comparison.absolute;
      return effect !== null && Number.isFinite(effect.se) ? [effect.estimate] : [];
    });
    return { contrast: contrast.name, scale: relative ? 'relative' : 'absolute', trueEffect: (relative ? summary.truth.relative : summary.truth.absolute) as number, estimates };
  });
}
