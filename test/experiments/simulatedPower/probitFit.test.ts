import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inversePrediction } from '../../../src/experiments/simulatedPower/inversePrediction.js';
import { probitFit, probitLogLikelihood } from '../../../src/experiments/simulatedPower/probitFit.js';

interface ProbitCase {
  name: string;
  sizes: number[];
  successes: number[];
  trials: number[];
  target: number;
  intercept: number;
  slope: number;
  covariance: number[][];
  inverse: { size: number; se: number; interval: [number, number] };
}
interface Reference {
  probit: ProbitCase[];
}

const reference = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'power_reference.json'), 'utf8'),
) as Reference;

function close(actual: number, expected: number, label: string, rel = 1e-6): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(Math.abs(expected), 1e-9));
}

const observationsOf = (c: ProbitCase) => c.sizes.map((size, i) => ({ x: Math.sqrt(size), successes: c.successes[i], trials: c.trials[i] }));

describe('probitFit (IRLS) against scipy maximum likelihood', () => {
  it.each(reference.probit.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fit = probitFit(observationsOf(c));
    expect(fit.converged).toBe(true);
    close(fit.intercept, c.intercept, 'intercept');
    close(fit.slope, c.slope, 'slope');
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) close(fit.covariance[i][j], c.covariance[i][j], `cov[${i}][${j}]`);
    const inverse = inversePrediction(fit, c.target, 0.95);
    close(inverse.size, c.inverse.size, 'n*');
    close(inverse.se, c.inverse.se, 'se(n*)');
    close(inverse.interval[0], c.inverse.interval[0], 'Fieller low');
    close(inverse.interval[1], c.inverse.interval[1], 'Fieller high');
  });

  it('is a maximum: nudging either coefficient lowers the log-likelihood', () => {
    const observations = observationsOf(reference.probit[0]);
    const fit = probitFit(observations);
    const best = probitLogLikelihood(observations, fit.intercept, fit.slope);
    for (const [da, db] of [[1e-4, 0], [-1e-4, 0], [0, 1e-5], [0, -1e-5]]) {
      expect(probitLogLikelihood(observations, fit.intercept + da, fit.slope + db)).toBeLessThan(best);
    }
  });

  it('needs two sizes, and reports a flat or falling curve as having no solution', () => {
    expect(() => probitFit([{ x: 2, successes: 3, trials: 10 }])).toThrow(RangeError);
    const flat = probitFit([
      { x: 1, successes: 50, trials: 100 },
      { x: 2, successes: 40, trials: 100 },
    ]);
    expect(flat.slope).toBeLessThan(0);
    expect(inversePrediction(flat, 0.8, 0.95).size).toBeNaN();
  });
});
