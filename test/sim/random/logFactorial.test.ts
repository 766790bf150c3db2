import { describe, expect, it } from 'vitest';
import { logFactorial } from '../../../src/sim/random/index.js';
import { references } from './goodnessOfFit.js';

describe('logFactorial', () => {
  it('matches scipy.special.gammaln(k + 1) to 1e-12 relative (table and Stirling branches)', () => {
    for (const [k, expected] of references.logFactorial) {
      const actual = logFactorial(k);
      if (expected === 0) expect(actual).toBe(0);
      else expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-12);
    }
  });
});
