import { logGamma } from './logGamma.js';
import { exp, log } from '../../math/index.js';

/**
 * Both tails of the regularized incomplete gamma function: [P(a, x), Q(a, x) = 1 − P(a, x)].
 *
 * Series for x < a + 1 and the Legendre continued fraction (modified Lentz) otherwise
 * (Numerical Recipes, 3rd ed., §6.2); the side that is computed directly keeps full relative
 * accuracy, the other is its complement. O(√a) iterations.
 *
 * @example incompleteGammaTails(1, 2) // [0.8646647167633873, 0.1353352832366127]
 */
export function incompleteGammaTails(a: number, x: number): [number, number] {
  if (!(a > 0)) throw new RangeError(`incompleteGamma: shape ${a} must be positive`);
  if (!(x > 0)) return [0, 1];
  if (x === Infinity) return [1, 0];
  const logFront = -x + a * log(x) - logGamma(a);
  if (x < a + 1) {
    const lower = exp(logFront) * series(a, x);
    return [lower, 1 - lower];
  }
  const upper = exp(logFront) * continuedFraction(a, x);
  return [1 - upper, upper];
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Σₙ xⁿ / (a (a+1) … (a+n)). */
function series(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum;
  }
  throw new Error(`incompleteGamma: series did not converge (a=${a}, x=${x})`);
}

/** 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − …)). */
function continuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new Error(`incompleteGamma: continued fraction did not converge (a=${a}, x=${x})`);
}
