import { analyzeReplicate, type MetricRole, type ReplicateContext } from '../replicateAnalysis/analyzeReplicate.js';
import { analysisOptions } from '../replicateAnalysis/analysisOptions.js';
import { experimentContrasts } from '../replicateAnalysis/contrasts.js';
import { aggregateExperiment } from '../aggregate/aggregateExperiment.js';
import { armKey } from '../load/armKey.js';
import type { LoadedExperiment } from '../load/validateExperiment.js';
import type { ExperimentResult } from '../output/ExperimentResult.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';

/**
 * The parts of an experiment run around the simulation, shared by the CLI (worker threads) and the
 * web workbench (Web Workers); nothing here imports Node:
 *
 *   experimentPayload ─▶ runTask(payload, i) for each replicate, anywhere ─▶ finishExperiment
 */

/** Replicates → result: each replicate analyzed as a real test, then aggregated against the truth. */
export function finishExperiment(loaded: LoadedExperiment, raws: readonly RawReplicate[], seed: number, version: string): ExperimentResult {
  const context = replicateContext(loaded);
  const analyses = raws.map((raw) => analyzeReplicate(raw, context));
  return aggregateExperiment({ loaded, contrasts: context.contrasts, metrics: context.metrics, raws, analyses, seed, version });
}

/** What workers need: the room, the arms and the unit; nothing of the analysis. */
export function experimentPayload(loaded: LoadedExperiment, seed: number, mode: ExperimentPayload['mode']): ExperimentPayload {
  return {
    mode,
    base: loaded.base,
    arms: loaded.arms.map((arm, index) => ({ scenario: arm.scenario, treatment: arm.treatment, weight: arm.weight, sameAs: firstIdentical(loaded, index) })),
    unit: loaded.experiment.unit,
    sessionsPerArm: loaded.experiment.sessionsPerArm,
    seed,
    covariate: loaded.experiment.analysis.cuped,
  };
}

/** Index of the first arm that runs exactly what arm `index` runs (same scenario and treatment). */
function firstIdentical(loaded: LoadedExperiment, index: number): number {
  const own = armKey(loaded.arms[index]);
  return loaded.arms.findIndex((arm) => armKey(arm) === own);
}

/** The analysis plan shared by every replicate. */
export function replicateContext(loaded: LoadedExperiment): ReplicateContext {
  const { experiment } = loaded;
  const unit = experiment.unit.kind;
  const metrics: MetricRole[] = [
    { name: experiment.metrics.primary, role: 'primary' },
    ...experiment.metrics.secondary.map((name) => ({ name, role: 'secondary' as const })),
    ...experiment.metrics.guardrails.map((name) => ({ name, role: 'guardrail' as const })),
  ];
  return {
    contrasts: experimentContrasts(loaded),
    metrics,
    analysis: { clustered: unit !== 'viewer', cuped: experiment.analysis.cuped !== 'none', options: analysisOptions(experiment.analysis) },
    settings: experiment.analysis,
    unit,
    weights: loaded.arms.map((arm) => arm.weight),
  };
}
