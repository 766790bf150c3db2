import { logBeta } from './logGamma.js';
import { exp, log } from '../../math/index.js';

/**
 * Both tails of the regularized incomplete beta function: [I_x(a, b), 1 − I_x(a, b)].
 *
 * The continued fraction of Numerical Recipes (Press et al., 3rd ed., §6.4, eq. 6.4.5), evaluated
 * by the modified Lentz method, on whichever side converges (x below or above (a+1)/(a+b+2)); that
 * side is computed directly and the other as its complement, so the small tail keeps full
 * relative accuracy. x and y = 1 − x are passed separately so a caller that knows y exactly
 * (the t distribution: y = t²/(ν + t²)) loses nothing to rounding; so can log x and log y, which
 * are multiplied by a and b (a = 5e8 for ν = 1e9 would amplify the rounding of x a billionfold).
 * O(√max(a, b)) iterations.
 *
 * @example incompleteBetaTails(0.5, 0.5, 2, 3) // [0.6875, 0.3125]
 */
export function incompleteBetaTails(
  x: number,
  y: number,
  a: number,
  b: number,
  logX: number = log(x),
  logY: number = log(y),
): [number, number] {
  if (!(a > 0 && b > 0)) throw new RangeError(`incompleteBeta: parameters ${a}, ${b} must be positive`);
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  const logFront = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (exp(logFront) * continuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (exp(logFront) * continuedFraction(y, b, a)) / b;
  return [1 - upper, upper];
}

/** I_x(a, b). */
export function regularizedBeta(x: number, a: number, b: number): number {
  return incompleteBetaTails(x, 1 - x, a, b)[0];
}

const TINY = 1e-300;
const EPSILON = 1e-16;
const MAX_ITERATIONS = 100_000;

/** The continued fraction for I_x(a, b) · a · B(a, b) / (x^a (1 − x)^b). */
function continuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = nonZero(1 - ((a + b) * x) / (a + 1));
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / nonZero(1 + even * d);
    c = nonZero(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / nonZero(1 + odd * d);
    c = nonZero(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new Error(`incompleteBeta: continued fraction did not converge (x=${x}, a=${a}, b=${b})`);
}

function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}
