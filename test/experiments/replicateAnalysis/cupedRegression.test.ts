import { describe, expect, it } from 'vitest';
import { pooledStats } from '../../../src/experiments/replicateAnalysis/groupStats.js';
import type { ObservedCell } from '../../../src/experiments/world/ExperimentPayload.js';
import { ViewerSums } from '../../../src/experiments/world/ViewerSums.js';
import { cuped } from '../../../src/stats/index.js';
import { summaryRegressionCases } from '../../analysis/summaryRegressionCases.js';
import { expectClose } from '../../stats/goldenHelpers.js';

// The statsmodels case without missing covariates (a simulated covariate is never missing):
// watch minutes near 1e12 with a spread of about 100, the covariate near 5e11.
const c = summaryRegressionCases.find((x) => x.kind === 'mean' && x.rows.z.every((z) => z !== null))!;

/** The case's viewers recorded into ViewerSums, four sessions per arm (each with its own first viewer, so its own shifts). */
function cells(): ObservedCell[] {
  const out: ObservedCell[] = [];
  for (let session = 0; session < 4; session++) {
    const sums = new ViewerSums(2);
    c.rows.x.forEach((x, i) => {
      if (i % 4 !== session) return;
      sums.add(c.rows.arm[i], [1, 0, 0, 0, c.shifts.x + x, 0, 0, 0, 0, 0, c.shifts.z + c.rows.z[i]!]);
    });
    out.push({ session, arm: 0, sums: sums.group(0) }, { session, arm: 1, sums: sums.group(1) });
  }
  return out;
}

describe('CUPED in simulated replicates is the HC1 regression (issue 11)', () => {
  it('pooled sessions give statsmodels OLS with HC1 to 1e-6, at 1e12 ± 100', () => {
    const all = cells();
    const [control, treatment] = pooledStats(all.filter((cell) => cell.arm === 0), all.filter((cell) => cell.arm === 1), 'watchTime', true);
    expect(control.regression).toBeDefined();
    expect(treatment.regression).toBeDefined();
    const result = cuped(control, treatment, undefined, 'mean');
    expectClose(result.absolute.estimate, c.expected.estimate, 'estimate', 1e-6);
    expectClose(result.absolute.se, c.expected.se, 'se', 1e-6);
    expectClose(result.theta, c.expected.slope, 'theta', 1e-6);
  });
});
