import { describe, expect, it } from 'vitest';
import { cuped } from '../../../src/stats/cuped.js';
import { linearisedRatioSums, ratioRegressionSumsFromValues } from '../../../src/stats/regression/linearisedRatioSums.js';
import { regressionAdjustment } from '../../../src/stats/regression/regressionAdjustment.js';
import { regressionSumsFromValues } from '../../../src/stats/regression/regressionSums.js';
import { statsFromValues } from '../../../src/stats/sufficientStats.js';
import { expectClose, loadFixture } from '../goldenHelpers.js';

/** A case of test/fixtures/stats/ratio_regression.json (make_ratio_regression_fixtures.py, statsmodels OLS). */
export interface RatioRegressionCase {
  name: string;
  clustered: boolean;
  rows: { x: number[]; d: number[]; treatment: number[]; cluster: number[]; covariates: { numerator: (number | null)[]; denominator: (number | null)[] }[] };
  expected: { estimate: number; se: number; slopes: number[]; ratios: number[]; controlMeanVariance: number; covariance: number };
}

const cases = loadFixture<RatioRegressionCase[]>('ratio_regression.json');

function rowsOf(c: RatioRegressionCase, arm: number): number[] {
  return c.rows.treatment.flatMap((t, i) => (t === arm ? [i] : []));
}

function armSums(c: RatioRegressionCase, arm: number) {
  const rows = rowsOf(c, arm);
  const pick = (column: readonly (number | null)[]) => rows.map((i) => column[i] ?? NaN);
  const covariates = c.rows.covariates.map((pre) => ({ numerator: pick(pre.numerator), denominator: pick(pre.denominator) }));
  return ratioRegressionSumsFromValues(pick(c.rows.x), pick(c.rows.d), covariates, c.clustered ? rows.map((i) => c.rows.cluster[i]) : undefined);
}

describe('CUPED on a ratio metric: the linearised regression against statsmodels OLS (HC1 / cluster CR1)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const linearised = linearisedRatioSums(armSums(c, 0), armSums(c, 1));
    expectClose(linearised.ratios[0], c.expected.ratios[0], 'control ratio');
    expectClose(linearised.ratios[1], c.expected.ratios[1], 'treatment ratio');
    const fit = regressionAdjustment(linearised.control, linearised.treatment, c.clustered)!;
    expectClose(fit.estimate, c.expected.estimate, 'estimate');
    expectClose(Math.sqrt(fit.variance), c.expected.se, 'se');
    c.expected.slopes.forEach((slope, j) => expectClose(fit.slopes[j], slope, `slope ${j}`));
    expectClose(fit.controlMeanVariance, c.expected.controlMeanVariance, 'control-mean variance');
    expectClose(fit.covariance, c.expected.covariance, 'covariance');
  });

  it('through cuped(…, "ratio"): the same Δ and se, the relative lift over R_c with a normal reference', () => {
    const c = cases[1];
    const arm = (k: number) => {
      const rows = rowsOf(c, k);
      return { ...statsFromValues(rows.map((i) => c.rows.x[i]), { denominator: rows.map((i) => c.rows.d[i]) }), regression: armSums(c, k) };
    };
    const result = cuped(arm(0), arm(1), undefined, 'ratio');
    expectClose(result.absolute.estimate, c.expected.estimate, 'estimate');
    expectClose(result.absolute.se, c.expected.se, 'se');
    expect(result.reference).toEqual({ kind: 'normal' });
    expectClose(result.ratio!.denominator, c.expected.ratios[0], 'relative lift denominator');
    expect(result.varianceReduction).toBeGreaterThan(0.1);
  });

  it('with one covariate and none missing, Δ is §3.5’s CUPED estimate (the pooled slope of the linearisations)', () => {
    const c = cases[0];
    const stats = (k: number) => {
      const rows = rowsOf(c, k);
      const pre = c.rows.covariates[0];
      return statsFromValues(rows.map((i) => c.rows.x[i]), { denominator: rows.map((i) => c.rows.d[i]), ratioCovariate: { numerator: rows.map((i) => pre.numerator[i]!), denominator: rows.map((i) => pre.denominator[i]!) } });
    };
    const classic = cuped(stats(0), stats(1), undefined, 'ratio');
    expectClose(classic.absolute.estimate, c.expected.estimate, 'estimate', 1e-9);
    expectClose(classic.theta, c.expected.slopes[0], 'theta', 1e-9);
    // Its variance ignores θ's estimation error: O(1/n) from the sandwich's.
    expectClose(classic.absolute.se, c.expected.se, 'se', 0.02);
  });

  it('the linearised sums are the sums of the linearised rows (a check independent of the fixture)', () => {
    const c = cases[2];
    const linearised = linearisedRatioSums(armSums(c, 0), armSums(c, 1));
    // Rebuild y and w̃ row by row and sum them directly.
    const direct = [0, 1].map((k) => {
      const rows = rowsOf(c, k);
      const r = rows.reduce((s, i) => s + c.rows.x[i], 0) / rows.reduce((s, i) => s + c.rows.d[i], 0);
      const dbar = rows.reduce((s, i) => s + c.rows.d[i], 0) / rows.length;
      // The sums are of y − R_c (a shift common to both arms).
      const y = rows.map((i) => r - c.expected.ratios[0] + (c.rows.x[i] - r * c.rows.d[i]) / dbar);
      return { rows, y };
    });
    const covariates = c.rows.covariates.map((pre) => {
      const w = new Array<number>(c.rows.x.length).fill(NaN);
      for (const { rows } of direct) {
        const present = rows.filter((i) => pre.numerator[i] !== null);
        const r0 = present.reduce((s, i) => s + pre.numerator[i]!, 0) / present.reduce((s, i) => s + pre.denominator[i]!, 0);
        const scale = present.reduce((s, i) => s + pre.denominator[i]!, 0) / present.length;
        for (const i of present) w[i] = r0 + (pre.numerator[i]! - r0 * pre.denominator[i]!) / scale;
      }
      return w;
    });
    [linearised.control, linearised.treatment].forEach((sums, k) => {
      const { rows, y } = direct[k];
      // Shift-imputation differs from the pooled mean only in the imputed entries; compare the metric's own sums.
      const plain = regressionSumsFromValues(y, covariates.map((w) => rows.map((i) => w[i])), { y: 0, covariates: covariates.map(() => 0) });
      const d = 2 + 2 * c.rows.covariates.length;
      expectClose(sums.cross[0], plain.cross[0], 'n');
      expectClose(sums.cross[1], plain.cross[1], 'Σy');
      expectClose(sums.cross[d], plain.cross[d], 'Σy²');
    });
  });

  it('shifted sums keep a ratio near 1e6 ± 1 exact (the row-by-row linearisation is the reference); raw sums lose it', () => {
    let state = 7;
    const uniform = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const arms = [0, 1].map((k) => {
      const d = Array.from({ length: 400 }, () => 1 + Math.floor(uniform() * 6));
      const d0 = d.map(() => 1 + Math.floor(uniform() * 6));
      const pre = d.map(() => uniform() - 0.5);
      const x = d.map((di, i) => di * (1e6 + 0.5 * k + pre[i] + (uniform() - 0.5)));
      const x0 = d0.map((di, i) => (i % 5 === 0 ? NaN : di * (1e6 + pre[i])));
      return { x, d, x0, d0 };
    });
    const shifts = [arms[0].x[0] / arms[0].d[0], arms[0].d[0], arms[0].x0[1] / arms[0].d0[1], arms[0].d0[1]];
    const sums = (k: number, around?: number[]) => ratioRegressionSumsFromValues(arms[k].x, arms[k].d, [{ numerator: arms[k].x0, denominator: arms[k].d0 }], undefined, around);
    const fitOf = (around?: number[]) => {
      const linearised = linearisedRatioSums(sums(0, around), sums(1, around));
      return regressionAdjustment(linearised.control, linearised.treatment, false)!;
    };
    // Reference: y and w̃ built row by row (pooled-mean imputation), then §3.5a's sums around their first values.
    const columns = arms.map(({ x, d, x0, d0 }) => {
      const r = x.reduce((a, b) => a + b, 0) / d.reduce((a, b) => a + b, 0);
      const dbar = d.reduce((a, b) => a + b, 0) / d.length;
      const present = x0.flatMap((v, i) => (Number.isNaN(v) ? [] : [i]));
      const r0 = present.reduce((a, i) => a + x0[i], 0) / present.reduce((a, i) => a + d0[i], 0);
      const d0bar = present.reduce((a, i) => a + d0[i], 0) / present.length;
      return { y: x.map((xi, i) => r + (xi - r * d[i]) / dbar), w: x0.map((v, i) => (Number.isNaN(v) ? NaN : r0 + (v - r0 * d0[i]) / d0bar)) };
    });
    const around = { y: columns[0].y[0], covariates: [columns[0].w[1]] };
    const reference = regressionAdjustment(regressionSumsFromValues(columns[0].y, [columns[0].w], around), regressionSumsFromValues(columns[1].y, [columns[1].w], around), false)!;
    const shifted = fitOf(shifts);
    expectClose(shifted.estimate, reference.estimate, 'estimate (shifted)');
    expectClose(Math.sqrt(shifted.variance), Math.sqrt(reference.variance), 'se (shifted)');
    const raw = fitOf();
    expect(Math.abs(Math.sqrt(Math.max(0, raw.variance)) / Math.sqrt(reference.variance) - 1) > 1e-6 || !Number.isFinite(raw.variance)).toBe(true);
  });
});
