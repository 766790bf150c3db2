import { adjustedIntervalAlphas, adjustPValues, type CorrectionMethod } from '../stats/adjustPValues.js';
import type { ComparisonDraft, DecisionEffects } from './compareVariant.js';

/** A comparison's place in the multiple-comparison family. */
export interface Correction {
  /** Adjusted p-value of the decision. */
  readonly pValue: number;
  /** Level at which the decision's intervals are consistent with `pValue` (see adjustedIntervalAlphas). */
  readonly intervalAlpha: number;
  readonly effects: DecisionEffects;
}

/**
 * Bonferroni, Holm or Benjamini–Hochberg across every comparison of the analysis (variants × metrics, and
 * × segments when sliced), on the decision p-values. Comparisons that cannot be estimated (an
 * empty arm: se = ∞) are not hypotheses and stay out of the family (undefined entries). Intervals:
 * the decision recomputed at the per-hypothesis level of `adjustedIntervalAlphas`, so an adjusted
 * interval excludes 0 exactly when the adjusted p-value is below alpha.
 */
export function applyCorrection(drafts: readonly ComparisonDraft[], method: 'none' | CorrectionMethod, alpha: number): (Correction | undefined)[] {
  if (method === 'none') return drafts.map(() => undefined);
  const family = drafts.map((draft, index) => ({ draft, index })).filter(({ draft }) => Number.isFinite(draft.decisionEffects.absolute.se));
  const pValues = family.map(({ draft }) => draft.decisionEffects.absolute.pValue);
  const corrections: (Correction | undefined)[] = drafts.map(() => undefined);
  if (family.length === 0) return corrections;
  const adjusted = adjustPValues(pValues, method);
  const levels = adjustedIntervalAlphas(pValues, method, alpha);
  family.forEach(({ draft, index }, i) => {
    corrections[index] = { pValue: adjusted[i], intervalAlpha: levels[i], effects: draft.decisionAt(levels[i]) };
  });
  return corrections;
}
