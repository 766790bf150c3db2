/** Multiple-comparison correction: Bonferroni or Holm's step-down (FWER), or Benjamini–Hochberg (FDR). */
export type CorrectionMethod = 'bonferroni' | 'holm' | 'bh';

/**
 * Adjusted p-values, in the input order; monotone in the raw p-values, ≥ raw, capped at 1.
 *
 * Bonferroni (Dunn 1961, JASA 56:52–64): p̃ᵢ = min(1, m pᵢ).
 * Holm (1979, Scand. J. Statist. 6:65–70): with p₍₁₎ ≤ … ≤ p₍ₘ₎,
 *   p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1) p₍ⱼ₎).
 * Benjamini & Hochberg (1995, JRSS B 57:289–300):
 *   p̃₍ᵢ₎ = min_{j ≥ i} min(1, m p₍ⱼ₎ / j).
 * All as R `p.adjust` and statsmodels `multipletests(method='bonferroni' | 'holm' | 'fdr_bh')`.
 * O(m log m).
 *
 * @example adjustPValues([0.01, 0.04, 0.03], 'holm') // [0.03, 0.06, 0.06]
 */
export function adjustPValues(pValues: readonly number[], method: CorrectionMethod): number[] {
  validate(pValues);
  const m = pValues.length;
  const order = sortedOrder(pValues);
  const adjusted = new Array<number>(m);
  if (method === 'bonferroni') return pValues.map((p) => Math.min(1, m * p));
  if (method === 'holm') {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
      adjusted[index] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const index = order[rank];
      running = Math.min(running, (m * pValues[index]) / (rank + 1));
      // (m·p)/m can round one ulp below p; the adjusted value is never below the raw one.
      adjusted[index] = Math.max(running, pValues[index]);
    }
  }
  return adjusted;
}

/**
 * Per-hypothesis levels αᵢ for intervals consistent with the adjusted p-values: the interval of
 * hypothesis i built at level 1 − αᵢ excludes 0 if and only if its adjusted p-value < alpha
 * (given an interval that excludes 0 ⇔ raw p < αᵢ, true of every Wald / Welch test here).
 *
 * Bonferroni: αᵢ = α/m for every hypothesis (the simultaneous intervals of Dunn 1961); the
 * adjusted p is m·pᵢ < α ⇔ pᵢ < α/m.
 * Holm: the step-down's own thresholds. With r hypotheses rejected (p₍ⱼ₎ < α/(m − j + 1) for all
 * j ≤ i ⇔ i ≤ r), αᵢ = α/(m − i + 1) for the i-th smallest p when i ≤ r, and α/(m − r) for the
 * rest (the threshold at which the procedure stopped; p₍ᵢ₎ ≥ p₍ᵣ₊₁₎ ≥ α/(m − r) keeps 0 inside).
 * These are test-consistent intervals; simultaneous coverage is guaranteed only at Bonferroni
 * level α/m (Strassburger & Bretz 2008, Stat. Med. 27:4914–4927, discuss the trade-off).
 * BH: Benjamini & Yekutieli's FCR-adjusted intervals (2005, JASA 100:71–81): with R rejections
 * (largest i with p₍ᵢ₎ < iα/m), every interval at level 1 − max(R, 1)·α/m; the selected ones
 * then have false coverage rate ≤ α, and p₍ᵢ₎ < Rα/m ⇔ i ≤ R.
 * Rejection uses the strict "<" throughout. O(m log m).
 */
export function adjustedIntervalAlphas(pValues: readonly number[], method: CorrectionMethod, alpha: number): number[] {
  validate(pValues);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha ${alpha} must be in (0, 1)`);
  const m = pValues.length;
  const order = sortedOrder(pValues);
  const sorted = order.map((index) => pValues[index]);
  const levels = new Array<number>(m);
  if (method === 'bonferroni') return levels.fill(alpha / m);
  if (method === 'holm') {
    let rejected = 0;
    while (rejected < m && sorted[rejected] < alpha / (m - rejected)) rejected++;
    order.forEach((index, rank) => {
      levels[index] = rank < rejected ? alpha / (m - rank) : alpha / (m - rejected);
    });
    return levels;
  }
  let rejected = 0;
  for (let rank = m - 1; rank >= 0; rank--) {
    if (sorted[rank] < ((rank + 1) * alpha) / m) {
      rejected = rank + 1;
      break;
    }
  }
  return levels.fill((Math.max(rejected, 1) * alpha) / m);
}

/** Indices sorted by p-value, ties in input order (a stable sort). */
function sortedOrder(pValues: readonly number[]): number[] {
  return pValues.map((_, index) => index).sort((a, b) => pValues[a] - pValues[b] || a - b);
}

function validate(pValues: readonly number[]): void {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value ${p} is outside [0, 1]`);
}
