import { normalCdf, normalPdf, normalQuantile, normalSurvival } from '../../stats/distributions/index.js';
import { log } from '../../math/index.js';

/** Replicates significant (`successes`) out of `trials` at one design size, with x = √size. */
export interface PowerObservation {
  readonly x: number;
  readonly successes: number;
  readonly trials: number;
}

/** Fitted power curve power(x) = Φ(intercept + slope·x) with its estimated covariance. */
export interface ProbitFit {
  readonly intercept: number;
  readonly slope: number;
  /** [[Var a, Cov(a, b)], [Cov(a, b), Var b]] from the expected (Fisher) information at the fit. */
  readonly covariance: readonly [readonly [number, number], readonly [number, number]];
  readonly iterations: number;
  readonly converged: boolean;
}

const MAX_ITERATIONS = 100;
/** Keeps the working weights finite when a fitted power is within 1e-12 of 0 or 1. */
const EDGE = 1e-12;

/**
 * Maximum-likelihood probit regression of binomial counts on one covariate, by iteratively
 * reweighted least squares (Fisher scoring; McCullagh & Nelder, Generalized Linear Models, 2nd
 * ed., §2.5 and §4.3.2): with η = a + b·x, μ = Φ(η),
 *
 *   weight w = m·φ(η)² / (μ(1 − μ)),   working response z = η + (y/m − μ)/φ(η),
 *   (a, b) ← weighted least squares of z on (1, x),
 *
 * halving a step that lowers the likelihood, until the coefficients move by less than 1e-12.
 *
 * Power planning uses x = √size because a z-test's power is Φ(δ√n/σ − z₁₋α/₂) (plus a negligible
 * other tail), i.e. exactly a probit line in √n; a clustered or t-based test bends it only
 * slightly near the target. Starting values come from the empirical probits of (y + ½)/(m + 1).
 * Needs two distinct x; O(points) per iteration. Matches scipy's likelihood maximum to 1e-6
 * (test/fixtures/experiments/make_power_fixtures.py).
 */
export function probitFit(observations: readonly PowerObservation[]): ProbitFit {
  if (new Set(observations.map((o) => o.x)).size < 2) throw new RangeError('probitFit needs observations at two or more sizes');
  let [a, b] = startingValues(observations);
  let previous = probitLogLikelihood(observations, a, b);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    let [nextA, nextB] = weightedLeastSquares(observations, a, b);
    let logLikelihood = probitLogLikelihood(observations, nextA, nextB);
    for (let halving = 0; halving < 30 && !(logLikelihood >= previous); halving++) {
      nextA = (a + nextA) / 2;
      nextB = (b + nextB) / 2;
      logLikelihood = probitLogLikelihood(observations, nextA, nextB);
    }
    const change = Math.abs(nextA - a) + Math.abs(nextB - b);
    [a, b] = [nextA, nextB];
    if (change <= 1e-12 * (1 + Math.abs(a) + Math.abs(b))) {
      return { intercept: a, slope: b, covariance: fisherCovariance(observations, a, b), iterations: iteration, converged: true };
    }
    previous = logLikelihood;
  }
  return { intercept: a, slope: b, covariance: fisherCovariance(observations, a, b), iterations: MAX_ITERATIONS, converged: false };
}

/** Σ y ln Φ(η) + (m − y) ln Φ(−η), with Φ(−η) from the survival function (accurate in the tails). */
export function probitLogLikelihood(observations: readonly PowerObservation[], a: number, b: number): number {
  let total = 0;
  for (const o of observations) {
    const eta = a + b * o.x;
    if (o.successes > 0) total += o.successes * log(normalCdf(eta));
    if (o.trials > o.successes) total += (o.trials - o.successes) * log(normalSurvival(eta));
  }
  return total;
}

function startingValues(observations: readonly PowerObservation[]): [number, number] {
  const points = observations.map((o) => ({ x: o.x, z: normalQuantile((o.successes + 0.5) / (o.trials + 1)), w: o.trials }));
  return solveWeighted(points);
}

/** One Fisher-scoring step: the weighted least-squares fit of the working response. */
function weightedLeastSquares(observations: readonly PowerObservation[], a: number, b: number): [number, number] {
  const points = observations.map((o) => {
    const eta = a + b * o.x;
    const { mu, density, weight } = working(o, eta);
    return { x: o.x, z: eta + (o.successes / o.trials - mu) / density, w: weight };
  });
  return solveWeighted(points);
}

function working(o: PowerObservation, eta: number): { mu: number; density: number; weight: number } {
  const mu = normalCdf(eta);
  const variance = Math.max(mu * normalSurvival(eta), EDGE);
  const density = Math.max(normalPdf(eta), EDGE);
  return { mu, density, weight: (o.trials * density * density) / variance };
}

function solveWeighted(points: readonly { x: number; z: number; w: number }[]): [number, number] {
  let sw = 0;
  let sx = 0;
  let sz = 0;
  for (const p of points) {
    sw += p.w;
    sx += p.w * p.x;
    sz += p.w * p.z;
  }
  const mx = sx / sw;
  const mz = sz / sw;
  let sxx = 0;
  let sxz = 0;
  for (const p of points) {
    sxx += p.w * (p.x - mx) ** 2;
    sxz += p.w * (p.x - mx) * (p.z - mz);
  }
  const slope = sxz / sxx;
  return [mz - slope * mx, slope];
}

/** Inverse of the Fisher information Σ w·[1, x]ᵀ[1, x] at (a, b). */
function fisherCovariance(observations: readonly PowerObservation[], a: number, b: number): ProbitFit['covariance'] {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (const o of observations) {
    const { weight } = working(o, a + b * o.x);
    s0 += weight;
    s1 += weight * o.x;
    s2 += weight * o.x * o.x;
  }
  const determinant = s0 * s2 - s1 * s1;
  return [
    [s2 / determinant, -s1 / determinant],
    [-s1 / determinant, s0 / determinant],
  ];
}
