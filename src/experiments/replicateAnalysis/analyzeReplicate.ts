import type { ComparisonDraft } from '../../analysis/compareVariant.js';
import { applyCorrection } from '../../analysis/applyCorrection.js';
import { srmTest, waldEstimate } from '../../stats/index.js';
import type { AnalysisSettings } from '../schema/analysisSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { ObservedCell, RawReplicate } from '../world/ExperimentPayload.js';
import { sumIndex } from '../world/ViewerSums.js';
import { compareGroups, type GroupAnalysis } from './compareGroups.js';
import type { Contrast } from './contrasts.js';
import { effectRecord, type ReplicateAnalysis, type ReplicateComparison } from './ReplicateAnalysis.js';
import type { MetricRole, ReplicateContext } from './ReplicateContext.js';
import { sequentialLook } from './sequentialLook.js';

export type { MetricRole, ReplicateContext } from './ReplicateContext.js';

/**
 * Analyze one simulated replicate as a real test would be analyzed:
 *
 *   cells ─→ per contrast × metric: compareGroups (per viewer, or per cluster + naive)
 *         ─→ corrections within families (primary; secondary; guardrails uncorrected;
 *            interactions exploratory) ─→ sequential looks, Bayesian chance ─→ SRM
 */
export function analyzeReplicate(raw: RawReplicate, context: ReplicateContext): ReplicateAnalysis {
  const { contrasts, metrics, analysis, settings } = context;
  const drafts = contrasts.map((contrast) => metrics.map((metric) => draftsOf(raw.cells, contrast, metric.name, analysis)));
  const corrected = correctFamilies(drafts, contrasts, metrics, settings);
  const comparisons = contrasts.map((contrast, c) =>
    metrics.map((metric, m): ReplicateComparison => {
      const [plus, minus] = drafts[c][m];
      const base = minus === undefined ? fromDraft(plus, corrected[c][m], settings.alpha) : interaction(plus, minus, settings);
      if (!settings.sequential.enabled || contrast.kind === 'interaction') return base;
      return { ...base, sequentialLook: sequentialLook(raw, contrast, metric.name, context) };
    }),
  );
  return { replicate: raw.replicate, comparisons, srm: srm(raw.cells, context), viewers: viewersPerArm(raw.cells, context.weights.length) };
}

function draftsOf(cells: readonly ObservedCell[], contrast: Contrast, metric: MetricName, analysis: GroupAnalysis): [ComparisonDraft, ComparisonDraft?] {
  const plus = compareGroups(cells, contrast.control, contrast.treatment, metric, analysis);
  return contrast.minus ? [plus, compareGroups(cells, contrast.minus.control, contrast.minus.treatment, metric, analysis)] : [plus];
}

/** Adjusted p-values per family: [contrast][metric] → adjusted p, or undefined (uncorrected). */
function correctFamilies(
  drafts: [ComparisonDraft, ComparisonDraft?][][],
  contrasts: readonly Contrast[],
  metrics: readonly MetricRole[],
  settings: AnalysisSettings,
): (number | undefined)[][] {
  const adjusted: (number | undefined)[][] = contrasts.map(() => metrics.map(() => undefined));
  for (const role of ['primary', 'secondary'] as const) {
    const members: [number, number][] = [];
    contrasts.forEach((contrast, c) => metrics.forEach((metric, m) => contrast.kind !== 'interaction' && metric.role === role && members.push([c, m])));
    const corrections = applyCorrection(members.map(([c, m]) => drafts[c][m][0]), settings.correction, settings.alpha);
    members.forEach(([c, m], i) => (adjusted[c][m] = corrections[i]?.pValue));
  }
  return adjusted;
}

function fromDraft(draft: ComparisonDraft, adjustedP: number | undefined, alpha: number): ReplicateComparison {
  const effects = draft.decisionEffects;
  const pValue = adjustedP ?? effects.absolute.pValue;
  const estimable = Number.isFinite(effects.absolute.se);
  const cluster = draft.cluster;
  return {
    absolute: effectRecord(effects.absolute),
    relative: effects.relative ? effectRecord(effects.relative) : null,
    pValue,
    significant: estimable && pValue < alpha,
    ...(cluster ? { naive: { pValue: cluster.naive.pValue, significant: Number.isFinite(cluster.naive.se) && cluster.naive.pValue < alpha, estimate: cluster.naive.estimate }, designEffect: cluster.designEffect } : {}),
    ...(draft.bayesian ? { chanceToWin: draft.bayesian.chanceToWin } : {}),
    ...(draft.cuped ? { varianceReduction: draft.cuped.varianceReduction } : {}),
    warnings: draft.warnings.map((warning) => warning.code),
  };
}

/** Difference of two absolute differences, independent groups: se² adds; normal reference. */
function interaction(plus: ComparisonDraft, minus: ComparisonDraft, settings: AnalysisSettings): ReplicateComparison {
  const a = plus.decisionEffects.absolute;
  const b = minus.decisionEffects.absolute;
  const effect = waldEstimate(a.estimate - b.estimate, Math.sqrt(a.se * a.se + b.se * b.se), { kind: 'normal' }, settings.alpha, settings.sides);
  const estimable = Number.isFinite(effect.se);
  return { absolute: effectRecord(effect), relative: null, pValue: effect.pValue, significant: estimable && effect.pValue < settings.alpha, warnings: [...plus.warnings, ...minus.warnings].map((w) => w.code) };
}

function viewersPerArm(cells: readonly ObservedCell[], arms: number): number[] {
  const viewers = new Array<number>(arms).fill(0);
  for (const cell of cells) viewers[cell.arm] += cell.sums[sumIndex(0, 0)];
  return viewers;
}

function srm(cells: readonly ObservedCell[], context: ReplicateContext): ReplicateAnalysis['srm'] {
  if (context.unit !== 'viewer' || cells.length === 0) return null;
  const result = srmTest(viewersPerArm(cells, context.weights.length), context.weights);
  return { pValue: result.pValue, flagged: result.flagged };
}
