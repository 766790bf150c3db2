import { dunnettAdjust } from '../stats/dunnettAdjust.js';
import type { Sides } from '../stats/types.js';
import type { Correction } from './applyCorrection.js';
import type { ComparisonDraft } from './compareVariant.js';

/**
 * Dunnett's many-to-one correction of one metric's comparisons (every treatment against the
 * shared control, within one scope: the whole data or one segment), from the joint distribution
 * of their statistics (src/stats/dunnettAdjust.ts) with λ and df from each draft's decision
 * (src/analysis/dunnettInput.ts). The family is the metric's k comparisons: the correlation
 * across metrics is unknown, so Dunnett does not correct across metrics (Bonferroni or Holm do).
 * Comparisons that cannot be estimated (se = ∞) stay out, as in applyCorrection. Intervals: the
 * decision at each comparison's marginal level αᵢ, i.e. estimate ± cᵢ·se, the simultaneous
 * interval, which excludes 0 exactly when the adjusted p-value is below alpha.
 */
export function dunnettCorrection(drafts: readonly ComparisonDraft[], alpha: number, sides: Sides): (Correction | undefined)[] {
  const family = drafts.map((draft, index) => ({ draft, index })).filter(({ draft }) => Number.isFinite(draft.decisionEffects.absolute.se) && draft.dunnett !== undefined);
  const corrections: (Correction | undefined)[] = drafts.map(() => undefined);
  if (family.length === 0) return corrections;
  const hypotheses = family.map(({ draft }) => ({ pValue: draft.decisionEffects.absolute.pValue, lambda: draft.dunnett!.lambda, df: draft.dunnett!.df }));
  const { adjusted, intervalAlphas } = dunnettAdjust(hypotheses, sides === 'two' ? 'two' : 'one', alpha);
  family.forEach(({ draft, index }, i) => {
    corrections[index] = { pValue: adjusted[i], intervalAlpha: intervalAlphas[i], effects: draft.decisionAt(intervalAlphas[i]) };
  });
  return corrections;
}
