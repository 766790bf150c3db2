import { log, log1p } from '../../math/index.js';

/**
 * log Γ(x) for x > 0, and log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) without the
 * cancellation of large terms.
 *
 * log Γ: shift x up to ≥ 15 by Γ(x + 1) = xΓ(x), then Stirling's series with terms to x⁻¹³
 * (Abramowitz & Stegun 6.1.40); absolute error about 1e-15. O(1).
 * log B: the algorithm of R's `lbeta` (nmath/lbeta.c, after Didonato & Morris): when an argument
 * is ≥ 10 the big Stirling terms cancel analytically and only the small remainders δ(x) are
 * combined, so log B(5e8, 0.5) keeps ~1e-15 absolute accuracy instead of ~1e-7.
 *
 * @example logGamma(0.5) // 0.5723649429247001 (= log √π)
 */
const HALF_LOG_TWO_PI = 0.91893853320467274178;

/** Stirling remainder δ(x) = log Γ(x) − [(x − ½) log x − x + ½ log 2π], for x ≥ 10. */
export function stirlingRemainder(x: number): number {
  const inverse = 1 / x;
  const square = inverse * inverse;
  // Bernoulli terms B₂ₖ / (2k(2k − 1) x^(2k−1)), k = 1..7.
  return (
    inverse *
    (1 / 12 +
      square *
        (-1 / 360 +
          square * (1 / 1260 + square * (-1 / 1680 + square * (1 / 1188 + square * (-691 / 360360 + square / 156))))))
  );
}

export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: argument ${x} must be positive`);
  if (x === Infinity) return Infinity;
  let shift = 0;
  let product = 1;
  let y = x;
  while (y < 15) {
    product *= y;
    y += 1;
    // Keep the product finite for tiny x; take logs in chunks.
    if (product > 1e280) {
      shift += log(product);
      product = 1;
    }
  }
  shift += log(product);
  return (y - 0.5) * log(y) - y + HALF_LOG_TWO_PI + stirlingRemainder(y) - shift;
}

export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0)) throw new RangeError(`logBeta: arguments ${a}, ${b} must be positive`);
  if (p >= 10) {
    const correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * log(q) + HALF_LOG_TWO_PI + correction + (p - 0.5) * log(p / (p + q)) + q * log1p(-p / (p + q));
  }
  if (q >= 10) {
    const correction = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + correction + p - p * log(p + q) + (q - 0.5) * log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
