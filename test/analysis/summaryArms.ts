// Per-arm sums and whole summary files for property tests (decisionConsistency, marginAndHeterogeneity).

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

export type Arm = { n: number; rate: number; mean: number; sd: number; noise: number };

/** A summary file of conversions, a mean (with its covariate when `cuped`) and a ratio, one arm per entry (A is the control). */
export function summaryOf(arms: Arm[], cuped: boolean) {
  const variants = arms.map((_, v) => String.fromCharCode(65 + v));
  return {
    control: 'A',
    variants: variants.map((name, v) => ({ name, units: arms[v].n })),
    metrics: [
      { name: 'converted', kind: 'proportion', variants: variants.map((name, v) => ({ name, n: arms[v].n, sum: Math.round(arms[v].rate * arms[v].n), sumSquares: Math.round(arms[v].rate * arms[v].n) })) },
      {
        name: 'revenue',
        kind: 'mean',
        variants: variants.map((name, v) => {
          const { covariate, ...plain } = meanArm(arms[v].n, arms[v].mean, arms[v].sd, arms[v].noise);
          return { name, ...plain, ...(cuped ? { covariate } : {}) };
        }),
      },
      { name: 'aov', kind: 'ratio', variants: variants.map((name, v) => ({ name, ...ratioArm(arms[v].n, arms[v].mean, arms[v].sd) })) },
    ],
  };
}
