import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/experiments/aggregate/recommend.js';
import type { ArmSummary, ComparisonSummary, Rate } from '../../../src/experiments/output/ExperimentResult.js';

const rate = (value: number): Rate => ({ value, of: 100, ci: [value, value] });

function arm(name: string, revenuePerViewer: number, isControl = false, spend = 0): ArmSummary {
  return {
    name, description: '', weight: 1, isControl, identicalToControl: isControl, treatment: {},
    revenuePerSession: { mean: revenuePerViewer * 2000, ci: [0, 0], range: [0, 0] }, viewersPerSession: 2000,
    profitPerSession: { mean: revenuePerViewer * 2000 - spend, ci: [0, 0] },
    metrics: { revenuePerViewer, watchTime: isControl ? 10 : 9 },
    funnel: { engaged: null, sawLink: null, clicked: null, bought: null },
  };
}

function comparison(contrast: string, metric: 'revenuePerViewer' | 'watchTime', role: 'primary' | 'guardrail', truth: number, control: number, power: number, bias = 0): ComparisonSummary {
  return {
    contrast, kind: 'arm', metric, role, isNull: false,
    truth: { absolute: truth, relative: truth / control, control, mcSe: { absolute: 0.01, relative: 0.001 } },
    estimate: { absolute: { mean: truth + bias, sd: 1, quantiles: [0, 0, 0, 0, 0] }, relative: null },
    rejectionRate: rate(power), power: rate(power), falsePositiveRate: null, wrongDirectionRate: rate(0),
    bias: { absolute: { value: bias, mcSe: 0.01 }, relative: null },
    coverage: { absolute: rate(0.95), relative: null },
    ...(role === 'guardrail' ? { breachRate: rate(0.4) } : {}),
    warnings: {},
  };
}

const inputs = (arms: ArmSummary[], comparisons: ComparisonSummary[], objective: 'revenue' | 'profit' = 'revenue') =>
  ({ arms, comparisons, primary: 'revenuePerViewer' as const, unit: 'viewer' as const, currency: 'CNY', srmFlaggedRate: 0, alpha: 0.05, objective });

describe('recommend', () => {
  it('rolls out the best arm when a real test would detect it, and names a guardrail that falls', () => {
    const result = recommend(inputs([arm('a', 10, true), arm('b', 12)], [comparison('b', 'revenuePerViewer', 'primary', 2, 10, 0.9), comparison('b', 'watchTime', 'guardrail', -1, 10, 0.4)]));
    expect(result.verdict).toBe('roll-out');
    expect(result.arm).toBe('b');
    expect(result.text[0]).toBe('Roll out b: it changes revenue per viewer by +20.0% against a (revenue per session 20,000 CNY → 24,000 CNY).');
    expect(result.text).toContain('A real test of this design detects it in 90% of runs.');
    expect(result.text).toContain('Watch watch time: it falls by 10.0% under b (a real test flags the drop in 40% of runs).');
  });
  it('is inconclusive when the model favours an arm but the test is underpowered', () => {
    const result = recommend(inputs([arm('a', 10, true), arm('b', 10.5)], [comparison('b', 'revenuePerViewer', 'primary', 0.5, 10, 0.3)]));
    expect(result.verdict).toBe('inconclusive');
    expect(result.text[1]).toMatch(/detects it in only 30% of runs: run more sessions/);
  });
  it('keeps the control when no arm beats it, and reports interference in a shared room', () => {
    const result = recommend(inputs([arm('a', 10, true), arm('b', 8)], [comparison('b', 'revenuePerViewer', 'primary', -2, 10, 0.5, 1)]));
    expect(result.verdict).toBe('keep-control');
    expect(result.text[0]).toMatch(/^Keep a: no arm beats it/);
    expect(result.text).toContain('Interference: in a shared room the test estimates −10.0% for b on average, while rolling it out gives −20.0% (social proof and room state leak between arms).');
  });
  it('ranks arms by profit per session when the objective is profit: the arm that earns more but spends more than it earns loses', () => {
    // b: revenue 24,000 but 5,000 more spend → profit 19,000 < a's 20,000; c: revenue 22,000, spend 1,000 → profit 21,000.
    const arms = [arm('a', 10, true), arm('b', 12, false, 5000), arm('c', 11, false, 1000)];
    const comparisons = [comparison('b', 'revenuePerViewer', 'primary', 2, 10, 0.9), comparison('c', 'revenuePerViewer', 'primary', 1, 10, 0.85)];
    expect(recommend(inputs(arms, comparisons)).arm).toBe('b');
    const result = recommend(inputs(arms, comparisons, 'profit'));
    expect(result).toMatchObject({ verdict: 'roll-out', arm: 'c', objective: 'profit' });
    expect(result.text[0]).toBe('Roll out c: it changes profit per session by +5.0% against a (profit per session 20,000 CNY → 21,000 CNY; revenue per session 20,000 CNY → 22,000 CNY).');
    expect(result.text[1]).toBe('A real test of this design detects its change in revenue per viewer in 85% of runs.');
    const keep = recommend(inputs([arm('a', 10, true), arm('b', 12, false, 5000)], [comparisons[0]], 'profit'));
    expect(keep).toMatchObject({ verdict: 'keep-control', arm: 'a' });
    expect(keep.text[0]).toBe('Keep a: no arm beats it on profit per session in the model (profit per session 20,000 CNY, revenue per session 20,000 CNY).');
  });
});
