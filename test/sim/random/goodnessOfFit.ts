/**
 * Helpers for the seeded statistical checks of the samplers. Reference values (bins, bin
 * probabilities, moments, chi-square critical values) come from SciPy via
 * fixtures/makeSamplerReferences.py; nothing here computes a distribution function.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface ReferenceCase {
  mean: number;
  variance: number;
  excessKurtosis: number;
  /** Upper bin edges: bin j holds edges[j-1] <= x < edges[j]. */
  edges: number[];
  probabilities: number[];
  /** 0.999 quantile of chi-square with (bins - 1) degrees of freedom. */
  critical: number;
}

export interface References {
  continuous: Record<string, ReferenceCase>;
  poisson: Record<string, ReferenceCase>;
  logFactorial: [number, number][];
  chiSquareCritical: Record<string, number>;
}

export const references: References = JSON.parse(
  readFileSync(new URL('./fixtures/samplerReferences.json', import.meta.url), 'utf8'),
);

/** Pearson's chi-square statistic of `n` draws against the binned reference distribution. */
export function chiSquareStatistic(draw: () => number, n: number, reference: ReferenceCase): number {
  const counts = new Float64Array(reference.probabilities.length);
  const edges = reference.edges;
  for (let i = 0; i < n; i++) {
    const x = draw();
    let low = 0;
    let high = edges.length; // binary search: first edge > x
    while (low < high) {
      const middle = (low + high) >> 1;
      if (x < edges[middle]) high = middle;
      else low = middle + 1;
    }
    counts[low]++;
  }
  let statistic = 0;
  reference.probabilities.forEach((p, j) => {
    const expected = n * p;
    statistic += ((counts[j] - expected) * (counts[j] - expected)) / expected;
  });
  return statistic;
}

/**
 * The seeded check every sampler gets, with its tolerances:
 * - chi-square over the reference bins below the 0.999 critical value;
 * - sample mean within 5 standard errors (σ/√n) of the exact mean;
 * - sample variance within 5 standard errors, SE(s²) ≈ σ²·√(2/(n−1) + κ/n), κ the excess kurtosis.
 */
export function expectMatchesReference(makeDraw: () => () => number, reference: ReferenceCase, n = 200_000): void {
  expect(chiSquareStatistic(makeDraw(), n, reference)).toBeLessThan(reference.critical);
  const draw = makeDraw();
  let mean = 0;
  let sumSquares = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const delta = x - mean;
    mean += delta / i;
    sumSquares += delta * (x - mean);
  }
  const variance = sumSquares / (n - 1);
  const meanError = Math.sqrt(reference.variance / n);
  const varianceError = reference.variance * Math.sqrt(2 / (n - 1) + reference.excessKurtosis / n);
  expect(Math.abs(mean - reference.mean)).toBeLessThan(5 * meanError);
  expect(Math.abs(variance - reference.variance)).toBeLessThan(5 * varianceError);
}
