import { adjustPValues } from '../stats/adjustPValues.js';
import { cochranQ } from '../stats/cochranQ.js';
import { finiteOrNull } from '../stats/toJsonSafe.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { HeterogeneityJson } from './analysisResult.js';
import type { ComparisonDraft } from './compareVariant.js';
import { formatP } from './verdict.js';

/**
 * Does the effect of one variant on one metric differ between segments? Cochran's Q over the
 * segments' primary fixed-horizon absolute lifts (CUPED or cluster-robust when those are on) with
 * inverse-variance weights: the Wald test of the treatment × segment interaction when each
 * segment keeps its own variances (segments are disjoint, so their estimates are independent).
 * Beside it, each segment's decision p corrected across the segments of this metric × variant
 * (`--segment-correction`, Holm by default); segments that cannot be estimated stay out of both.
 */
export function segmentHeterogeneity(
  segments: readonly { readonly name: string; readonly draft: ComparisonDraft | undefined }[],
  names: { readonly metric: string; readonly variant: string },
  options: Pick<AnalyzeOptions, 'alpha' | 'segmentCorrection'>,
): HeterogeneityJson {
  const effects = segments.map(({ draft }) => (draft?.cuped ?? draft?.fixed)?.absolute);
  const q = cochranQ(effects.map((effect) => effect?.estimate ?? NaN), effects.map((effect) => effect?.se ?? NaN));
  const estimable = segments.map(({ draft }) => draft !== undefined && Number.isFinite(draft.decisionEffects.absolute.se));
  const raw = segments.flatMap(({ draft }, i) => (estimable[i] ? [draft!.decisionEffects.absolute.pValue] : []));
  const adjusted = options.segmentCorrection === 'none' || raw.length === 0 ? raw : adjustPValues(raw, options.segmentCorrection);
  let next = 0;
  const rows = segments.map(({ name, draft }, i) => {
    const pValue = draft?.decisionEffects.absolute.pValue ?? 1;
    const adjustedPValue = estimable[i] ? adjusted[next++] : null;
    return { name, estimate: finiteOrNull(effects[i]?.estimate ?? NaN), se: finiteOrNull(effects[i]?.se ?? NaN), pValue, adjustedPValue, significant: adjustedPValue !== null && adjustedPValue < options.alpha };
  });
  const p = q.pValue < 1e-4 ? 'p < 0.0001' : `p = ${formatP(q.pValue)}`;
  const differs = q.df > 0 && q.pValue < options.alpha;
  const verdict =
    q.df === 0
      ? `${names.variant} on ${names.metric}: fewer than two segments can be estimated, so no heterogeneity test`
      : `${names.variant} on ${names.metric}: the effect ${differs ? 'differs' : 'does not differ significantly'} between segments (Cochran's Q = ${Number(q.statistic.toPrecision(3))}, df ${q.df}, ${p})`;
  return { test: 'cochran-q', effect: 'absolute', statistic: q.statistic, df: q.df, pValue: q.pValue, iSquared: q.iSquared, correction: options.segmentCorrection, segments: rows, verdict };
}
