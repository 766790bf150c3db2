import { describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { analysisText } from '../../src/analysis/analysisText.js';
import { defaultMixingVariance } from '../../src/stats/sequential/index.js';
import { analyze, expectClose } from './analyzeHelpers.js';

// `analyze --msprt`: the mSPRT of src/stats/sequential (golden-tested there) reachable from the CLI.
const base = { file: 'over_time.csv', variant: 'arm', metric: ['spend', 'clicked'], msprt: true };

describe('analyze --msprt', () => {
  const result = analyze(base);
  const clicked = result.metrics.find((metric) => metric.name === 'clicked')!;

  it('adds the mSPRT of the whole data to conversion comparisons, by the normal-mixture formula', () => {
    const [a, b] = clicked.variants;
    const rateA = clicked.variants[0].mean!;
    const rateB = clicked.variants[1].mean!;
    const theta = rateB - rateA;
    const v = (rateA * (1 - rateA)) / a.n + (rateB * (1 - rateB)) / b.n;
    const tau2 = defaultMixingVariance(v, a.n + b.n, 0.05, 5000);
    const lambda = Math.sqrt(v / (v + tau2)) * Math.exp((tau2 * theta * theta) / (2 * v * (v + tau2)));
    const half = Math.sqrt(((v * (v + tau2)) / tau2) * (2 * Math.log(1 / 0.05) + Math.log((v + tau2) / v)));
    const msprt = clicked.comparisons[0].msprt!;
    expectClose(msprt.estimate, theta, 'estimate', 1e-12);
    expectClose(msprt.pValue, Math.min(1, 1 / lambda), 'p', 1e-9);
    expectClose(msprt.ci[0], theta - half, 'ci low', 1e-9);
    expectClose(msprt.ci[1], theta + half, 'ci high', 1e-9);
    expect(msprt.decision).toBe(msprt.pValue <= 0.05 ? 'reject' : 'continue');
    // Not for means; not the decision.
    expect(result.metrics.find((metric) => metric.name === 'spend')!.comparisons[0].msprt).toBeUndefined();
    expect(clicked.comparisons[0].decision).toBe('fixed');
  });

  it('shows the mSPRT p in the terminal table', () => {
    expect(analysisText(result)).toMatch(/clicked \(proportion\)\n\s+variant.*\s+mSPRT p\n/);
  });

  it('with --date runs at every day, its p never rising', () => {
    const looks = analyze({ ...base, date: 'day' }).overTime!.metrics.find((metric) => metric.name === 'clicked')!.comparisons[0].looks;
    expect(looks.every((look) => look.msprt !== undefined)).toBe(true);
    looks.slice(1).forEach((look, d) => expect(look.msprt!.pValue).toBeLessThanOrEqual(looks[d].msprt!.pValue));
  });

  it('is refused one-sided and with --cluster', () => {
    expect(() => parseAnalyzeOptions({ ...base, sides: 'greater' })).toThrow(/two-sided/);
    expect(() => parseAnalyzeOptions({ ...base, cluster: 'region' })).toThrow(/clusters/);
  });
});
