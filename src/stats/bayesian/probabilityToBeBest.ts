import { logBeta } from '../distributions/logGamma.js';
import { incompleteBetaTails } from '../distributions/incompleteBeta.js';
import { normalCdf, normalPdf } from '../distributions/normalCdf.js';
import { exp, log, log1p } from '../../math/index.js';
import { GAUSS_LEGENDRE_10 } from '../gaussLegendre10.js';

/** One arm's posterior: Beta(a, b) of a conversion rate, or Normal(mean, sd²) of a mean. */
export type ArmPosterior = { readonly kind: 'beta'; readonly a: number; readonly b: number } | { readonly kind: 'normal'; readonly mean: number; readonly sd: number };

/**
 * Half-width of each arm's integration range, in its posterior sd: 12 for a normal (the mass beyond
 * is < 1e-32); 40 for a Beta, whose tail can be as slow as an exponential's (Beta(1, b): the mass
 * beyond mean + R·sd is about e^−(R+1), 1.6e-18 at R = 40).
 */
const REACH = { normal: 12, beta: 40 } as const;
/** Panels per smallest posterior sd (10-point Gauss–Legendre each), and the most panels per arm. */
const PANELS_PER_SD = 4;
const MAX_PANELS = 20000;
const { nodes: NODES, weights: WEIGHTS } = GAUSS_LEGENDRE_10;

/**
 * The probability that each arm has the highest true value, from independent posteriors:
 *
 *   P(arm i is best) = ∫ f_i(x) · Π_{j ≠ i} F_j(x) dx
 *
 * (f density, F distribution function; e.g. Scott 2010, "A modern Bayesian look at the multi-armed
 * bandit", Appl. Stoch. Models Bus. Ind. 26:639–658, §3). Deterministic: each integral is a
 * composite 10-point Gauss–Legendre rule over the arm's mean ± 12 sd (± 40 sd within [0, 1] for a Beta),
 * in panels of a quarter of the smallest posterior sd of all arms (at most 20,000 panels), so the
 * steepest F_j is resolved. The probabilities sum to 1 up to the quadrature error (≈ 1e-12 in
 * the reference cases). Equal posteriors tie at 1/k. NaN for every arm when a posterior sd is not
 * positive and finite.
 *
 * @example probabilityToBeBest([{ kind: 'beta', a: 11, b: 91 }, { kind: 'beta', a: 16, b: 86 }]) // [≈0.16, ≈0.84]
 */
export function probabilityToBeBest(arms: readonly ArmPosterior[]): number[] {
  const shapes = arms.map(shape);
  if (shapes.some(({ sd }) => !(sd > 0) || !Number.isFinite(sd))) return arms.map(() => Number.NaN);
  const smallest = Math.min(...shapes.map(({ sd }) => sd));
  return arms.map((arm, i) => {
    const { mean, sd } = shapes[i];
    const reach = REACH[arm.kind] * sd;
    const [low, high] = arm.kind === 'beta' ? [Math.max(0, mean - reach), Math.min(1, mean + reach)] : [mean - reach, mean + reach];
    const panels = Math.min(MAX_PANELS, Math.ceil(((high - low) / smallest) * PANELS_PER_SD));
    const width = (high - low) / panels;
    const others = arms.filter((_, j) => j !== i);
    const integrand = (x: number) => others.reduce((product, other) => (product === 0 ? 0 : product * cdf(other, x)), density(arm, x));
    let total = 0;
    for (let p = 0; p < panels; p++) {
      const middle = low + (p + 0.5) * width;
      for (let k = 0; k < NODES.length; k++) {
        const offset = (NODES[k] * width) / 2;
        total += ((WEIGHTS[k] * width) / 2) * (integrand(middle - offset) + integrand(middle + offset));
      }
    }
    return total;
  });
}

function shape(arm: ArmPosterior): { mean: number; sd: number } {
  if (arm.kind === 'normal') return { mean: arm.mean, sd: arm.sd };
  const total = arm.a + arm.b;
  return { mean: arm.a / total, sd: Math.sqrt((arm.a * arm.b) / (total * total * (total + 1))) };
}

function density(arm: ArmPosterior, x: number): number {
  if (arm.kind === 'normal') return normalPdf((x - arm.mean) / arm.sd) / arm.sd;
  if (x <= 0 || x >= 1) return 0;
  return exp((arm.a - 1) * log(x) + (arm.b - 1) * log1p(-x) - logBeta(arm.a, arm.b));
}

function cdf(arm: ArmPosterior, x: number): number {
  if (arm.kind === 'normal') return normalCdf((x - arm.mean) / arm.sd);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return incompleteBetaTails(x, 1 - x, arm.a, arm.b)[0];
}
