import { normalQuantile } from './normalQuantile.js';
import { studentTCdf, studentTPdf } from './studentTCdf.js';
import { log, tan } from '../../math/index.js';

/**
 * Student t quantile F_ν⁻¹(p) for any ν > 0, to about 1e-13 relative.
 *
 * Closed forms for ν = 1 (Cauchy) and ν = 2. For ν ≥ 1e5, Fisher's expansion in powers of 1/ν
 * (Abramowitz & Stegun 26.7.5, terms to ν⁻³) is itself exact to ~1e-16 (the next term is below
 * z⁹/(1200ν⁴)). Otherwise that expansion starts Newton steps on log F(t) − log p in the lower
 * tail (F varies over hundreds of orders of magnitude there; its logarithm is nearly linear),
 * with the symmetry F⁻¹(p) = −F⁻¹(1 − p). O(1) steps of `studentTCdf`.
 *
 * @example studentTQuantile(0.975, 10) // 2.2281388519649385
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile: probability ${p} is outside [0, 1]`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: degrees of freedom ${df} must be positive`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  return p < 0.5 ? lowerQuantile(p, df) : -lowerQuantile(1 - p, df);
}

/** From here on Fisher's expansion is exact to double precision. */
const LARGE_DF = 1e5;

/** Quantile for p < ½ (negative t). */
function lowerQuantile(p: number, df: number): number {
  if (df === 1) return -1 / tan(Math.PI * p); // tan(π(p − ½)) without the rounding of p − ½
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  let t = cornishFisherStart(p, df);
  if (df >= LARGE_DF) return t;
  const logP = log(p);
  for (let step = 0; step < 60; step++) {
    const cdf = studentTCdf(t, df);
    // Newton on g(t) = log F(t) − log p: g′(t) = f(t)/F(t).
    const change = ((log(cdf) - logP) * cdf) / studentTPdf(t, df);
    let next = t - change;
    if (!(next < 0)) next = t / 2; // stay on the negative half-line
    if (Math.abs(next - t) <= 1e-13 * Math.abs(t)) return next;
    t = next;
  }
  return t;
}

/** Fisher's expansion of the t quantile in powers of 1/ν; a good start for ν ≥ 3. */
function cornishFisherStart(p: number, df: number): number {
  const z = normalQuantile(p);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const start = z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
  return start < 0 ? start : z; // the expansion can overshoot for tiny ν; the normal is then a safe start
}
