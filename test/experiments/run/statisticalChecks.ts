import { runExperiment } from '../../../src/experiments/run/runExperiment.js';
import type { ComparisonSummary, ExperimentResult } from '../../../src/experiments/output/ExperimentResult.js';
import { powerForEffect } from '../../../src/stats/index.js';
import { inlineExperiment, NO_COUPLING, tinyRoom } from '../helpers.js';

/**
 * The statistical checks of the experiment runner, sized by the caller: the fast suite runs them
 * with few replicates, the calibration suite (`npm run calibrate`) with many. Each returns the
 * summary of the primary comparison and what the check compares it with.
 */

const TWO_ARMS = { kind: 'ab', arms: [{ name: 'control' }, { name: 'same' }] };

/** z of a two-sided 99% band. */
export const Z99 = 2.5758293035489004;

/** Half-width of the 99% binomial band of a rate p over n replicates (normal approximation). */
export function band99(p: number, n: number): number {
  return Z99 * Math.sqrt((p * (1 - p)) / n);
}

async function primary(experiment: Record<string, unknown>, replicates: number, seed: number): Promise<{ result: ExperimentResult; comparison: ComparisonSummary }> {
  const result = await runExperiment(inlineExperiment({ ...experiment, replicates, seed }), { workers: 1 });
  return { result, comparison: result.comparisons.find((c) => c.role === 'primary') as ComparisonSummary };
}

/** A/A test, viewers randomized in one room without room coupling: false positives at alpha. */
export function viewerAA(replicates: number, seed = 101) {
  return primary({ scenario: tinyRoom({ purchase: NO_COUPLING }), design: TWO_ARMS, metrics: { primary: 'conversion', secondary: ['revenuePerViewer'] } }, replicates, seed);
}

/** A coupon arm (30 off, +0.3 log-odds) in one room, with strong or no social proof. */
export function couponEffect(socialProof: number, replicates: number, seed = 202) {
  return primary(
    {
      scenario: tinyRoom({ perMinute: 10, purchase: { ...NO_COUPLING, socialProof } }),
      design: { kind: 'ab', arms: [{ name: 'control' }, { name: 'coupon', coupon: { value: 30, adEffect: 0.3 } }] },
      metrics: { primary: 'conversion', secondary: [] },
    },
    replicates,
    seed,
  );
}

/**
 * A/A test randomized by session in rooms of about 300 viewers with strong social proof, so
 * sessions differ (design effect about 3). With fewer than about 20 sessions per arm the
 * session-level (CR0, normal reference) analysis is itself anti-conservative.
 */
export function sessionAA(sessionsPerArm: number, replicates: number, seed = 303) {
  return primary(
    { scenario: tinyRoom({ perMinute: 10, purchase: { socialProof: 1 } }), design: TWO_ARMS, unit: 'session', sessionsPerArm, metrics: { primary: 'conversion', secondary: [] } },
    replicates,
    seed,
  );
}

/**
 * A viewer-level conversion test (no room coupling; an arm with +1 log-odds at each decision),
 * and the analytic power of the pooled z-test for the true rates and the mean number of viewers.
 */
export async function conversionPower(replicates: number, seed = 404): Promise<{ simulated: ComparisonSummary; analytic: number }> {
  const { result, comparison } = await primary(
    {
      scenario: tinyRoom({ purchase: NO_COUPLING }),
      design: { kind: 'ab', arms: [{ name: 'control' }, { name: 'nudge', coupon: { value: 0, adEffect: 1 } }] },
      metrics: { primary: 'conversion', secondary: [] },
    },
    replicates,
    seed,
  );
  const baseline = result.arms[0].metrics.conversion as number;
  const viewers = result.arms[0].viewersPerSession;
  const design = { kind: 'proportion' as const, baseline, alpha: 0.05, sides: 'two' as const, split: [1, 1] as const };
  return { simulated: comparison, analytic: powerForEffect(design, viewers, { value: comparison.truth.absolute, relative: false }) };
}

/** The same viewer-level test analyzed with and without CUPED (same seed: the same simulations). */
export async function cupedComparison(covariate: string, replicates: number, seed = 505): Promise<{ plain: ComparisonSummary; adjusted: ComparisonSummary }> {
  const experiment = (cuped: string) => ({
    scenario: tinyRoom({ perMinute: 10, purchase: NO_COUPLING }),
    design: { kind: 'ab', arms: [{ name: 'control' }, { name: 'nudge', coupon: { value: 0, adEffect: 0.5 } }] },
    metrics: { primary: 'revenuePerViewer', secondary: [] },
    analysis: { cuped },
  });
  return { plain: (await primary(experiment('none'), replicates, seed)).comparison, adjusted: (await primary(experiment(covariate), replicates, seed)).comparison };
}
