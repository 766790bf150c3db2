import { finiteOrNull, toJsonSafe } from '../stats/toJsonSafe.js';
import type { EffectEstimate, Interval } from '../stats/types.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { ComparisonResult, HeadlineJson } from './analysisResult.js';
import type { Correction } from './applyCorrection.js';
import type { ComparisonDraft } from './compareVariant.js';
import { marginResult } from './marginResult.js';
import { verdict } from './verdict.js';

const CORRECTION_NAMES = { bonferroni: 'Bonferroni', holm: 'Holm', bh: 'BH', dunnett: 'Dunnett' } as const;

/** A comparison as the result reports it: JSON-safe effects, the correction, the verdict. */
export function comparisonResult(metric: string, draft: ComparisonDraft, correction: Correction | undefined, options: AnalyzeOptions): ComparisonResult {
  const effects = correction?.effects ?? draft.decisionEffects;
  const pValue = correction?.pValue ?? draft.decisionEffects.absolute.pValue;
  const significant = Number.isFinite(effects.absolute.se) && pValue < options.alpha;
  const qualifiers = [
    draft.sequential ? 'always-valid' : 'fixed-horizon',
    ...(draft.cluster ? ['cluster-robust'] : []),
    ...(draft.cuped ? ['CUPED'] : []),
    ...(correction && options.correction !== 'none' ? [`${CORRECTION_NAMES[options.correction]}-adjusted`] : []),
  ];
  const fixedMethod = (draft.cuped ?? draft.fixed).relativeMethod ?? options.relativeCi;
  // Under --sequential a conversion's relative interval is Fieller's set at the sequence's critical value.
  const relativeMethod = effects.relative ? (draft.sequential && fixedMethod === 'score' ? 'fieller' : fixedMethod) : undefined;
  // Fieller's set as two disjoint rays is shown as (−∞, ∞): that interval does not invert the test.
  const disjoint = (effects.warnings ?? []).some((entry) => entry.code === 'FIELLER_DISJOINT');
  const exact = effects.exact;
  if (exact) qualifiers.push("Fisher's exact test, odds-ratio CI inverts it; difference and ratio CIs are score intervals (do not invert it)");
  const exactTest = effects.exactTest;
  if (exactTest === 'boschloo') qualifiers.push("Boschloo's exact test; difference and ratio CIs are score intervals (do not invert it)");
  if (exactTest === 'score') qualifiers.push('exact unconditional score test (Chan–Zhang), difference and ratio CIs invert it');
  if (exactTest === 'agresti-min') qualifiers.push(`exact unconditional score test (${options.sides === 'two' ? 'Agresti–Min, one two-sided test' : 'one-sided: Chan–Zhang'}), difference and ratio CIs invert it`);
  if (relativeMethod === 'delta') qualifiers.push('delta-method relative CI (does not invert the test)');
  if (disjoint) qualifiers.push("relative CI unbounded (Fieller's set is two disjoint rays)");
  const pLabel = [correction ? 'adjusted' : '', draft.sequential ? 'sequential' : '', exact || exactTest ? 'exact' : '', 'p'].filter(Boolean).join(' ');
  const level = `${Number(((1 - options.alpha) * 100).toPrecision(4))}%`;
  const headline: HeadlineJson = {
    horizon: draft.sequential ? 'always-valid' : 'fixed-horizon',
    adjusted: correction && options.correction !== 'none' ? options.correction : null,
    pValue,
    unadjustedPValue: draft.decisionEffects.absolute.pValue,
    absolute: { estimate: effects.absolute.estimate, ci: interval(effects.absolute.ci) },
    relative: effects.relative && relativeMethod
      ? { estimate: effects.relative.estimate, ci: interval(effects.relative.ci), method: relativeMethod, invertsTest: relativeMethod !== 'delta' && !disjoint && !exact && exactTest !== 'boschloo' }
      : null,
    ...(exact ? { exact: { test: exact.test, oddsRatio: finiteOrNull(exact.oddsRatio), ci: interval(exact.ci), invertsTest: true as const } } : {}),
    ...(draft.decision === 'exact' ? { exactTest: exactTest ?? 'fisher' } : {}),
    label: `${level} CI; ${[...qualifiers, ...(correction ? [] : ['unadjusted'])].join(', ')}`,
  };
  const { cluster, cuped, sequential } = draft;
  return {
    variant: draft.variant,
    control: draft.control,
    method: draft.method,
    absolute: toJsonSafe(draft.fixed.absolute),
    relative: draft.fixed.relative ? toJsonSafe(draft.fixed.relative) : null,
    ...(cuped ? { cuped: { absolute: toJsonSafe(cuped.absolute), relative: safe(cuped.relative), varianceReduction: cuped.varianceReduction, theta: cuped.theta, ...(cuped.slopes && cuped.slopes.length > 1 ? { slopes: [...cuped.slopes] } : {}) } } : {}),
    ...(sequential ? { sequential: { absolute: toJsonSafe(sequential.absolute), relative: safe(sequential.relative), tuning: options.tuning } } : {}),
    ...(draft.bayesian ? { bayesian: draft.bayesian } : {}),
    ...(cluster ? { cluster: { designEffect: cluster.designEffect, clusters: cluster.clusters, naive: toJsonSafe(cluster.naive) } } : {}),
    ...(correction
      ? {
          adjustedPValue: correction.pValue,
          adjustedCi: { alpha: correction.intervalAlpha, absolute: interval(effects.absolute.ci), relative: effects.relative ? interval(effects.relative.ci) : null },
        }
      : {}),
    headline,
    decision: draft.decision,
    significant,
    verdict: verdict({
      metric,
      variant: draft.variant,
      control: draft.control,
      absolute: effects.absolute,
      relative: effects.relative,
      pValue,
      significant,
      alpha: options.alpha,
      qualifiers,
      pLabel,
      ...(exact ? { oddsRatio: { estimate: exact.oddsRatio, ci: exact.ci } } : {}),
      warnings: draft.warnings,
    }),
    warnings: draft.warnings,
    ...(draft.margin ? { margin: marginResult(draft.margin, { metric, variant: draft.variant, control: draft.control }) } : {}),
  };
}

function safe(effect: EffectEstimate | null): ReturnType<typeof toJsonSafe> | null {
  return effect ? toJsonSafe(effect) : null;
}

function interval(ci: Interval): [number | null, number | null] {
  return [finiteOrNull(ci[0]), finiteOrNull(ci[1])];
}
