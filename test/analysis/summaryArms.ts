// Per-arm sums for summary files in property tests (test/analysis/*Consistency*, marginAndHeterogeneity).

/** Sums of n values drawn around `mean` with spread `sd` (any consistent n, Σx, Σx² will do). */
export function meanArm(n: number, mean: number, sd: number, covariateNoise: number) {
  const sum = n * mean;
  const sumSquares = (n - 1) * sd * sd + (sum * sum) / n;
  const zMean = mean * 0.8;
  const zSum = n * zMean;
  const zSd = sd * (0.5 + covariateNoise);
  const correlation = 0.6;
  return {
    n,
    sum,
    sumSquares,
    covariate: { sum: zSum, sumSquares: (n - 1) * zSd * zSd + (zSum * zSum) / n, sumProduct: (n - 1) * correlation * sd * zSd + (sum * zSum) / n },
  };
}

export function ratioArm(n: number, mean: number, sd: number) {
  const dMean = 2;
  const dSd = 0.8;
  const sum = n * mean * dMean;
  const dSum = n * dMean;
  const xSd = sd * dMean;
  return {
    n,
    sum,
    sumSquares: (n - 1) * xSd * xSd + (sum * sum) / n,
    denominator: { sum: dSum, sumSquares: (n - 1) * dSd * dSd + (dSum * dSum) / n, sumProduct: (n - 1) * 0.5 * xSd * dSd + (sum * dSum) / n },
  };
}
