import { normalQuantile, type Sides } from '../../stats/index.js';
import { clusterTotals } from '../replicateAnalysis/metricStats.js';
import type { MetricName } from '../schema/metrics.js';

export interface ClusteredSizeInputs {
  readonly metric: MetricName;
  /** ViewerSums of each simulated session of the control group, and of the treatment group. */
  readonly control: readonly (readonly number[])[];
  readonly treatment: readonly (readonly number[])[];
  readonly alpha: number;
  readonly sides: Sides;
  readonly targetPower: number;
}

/**
 * Sessions per arm a session-randomized test needs by the textbook formula for cluster-randomized
 * trials (Donner & Klar, Design and Analysis of Cluster Randomization Trials, 2000, §5.2), with
 * each arm's per-session variance of the metric R = Σx/Σd (x the numerator, d the denominator,
 * viewers for a per-viewer metric) by the ratio estimator's linearization (Cochran, Sampling
 * Techniques, 3rd ed., 1977, §6.3):
 *
 *   v = Var_s(xₛ − R·dₛ) / d̄²,   m = (z₁₋α/₂ + z_power)² · (v_c + v_t) / (R_t − R_c)²
 *
 * (z₁₋α for a one-sided test). Unlike the per-viewer formula it sees the session-to-session
 * variation (host, room, social proof), so it is the starting point of the search for session
 * units. Null with fewer than 2 sessions per group, no variation or no effect. O(sessions).
 */
export function clusteredAnalyticSize(inputs: ClusteredSizeInputs): number | null {
  const control = sessionVariance(inputs.control, inputs.metric);
  const treatment = sessionVariance(inputs.treatment, inputs.metric);
  if (control === null || treatment === null) return null;
  const delta = treatment.ratio - control.ratio;
  const variance = control.variance + treatment.variance;
  if (!(delta !== 0 && variance > 0)) return null;
  const zAlpha = normalQuantile(1 - (inputs.sides === 'two' ? inputs.alpha / 2 : inputs.alpha));
  const z = zAlpha + normalQuantile(inputs.targetPower);
  return (z * z * variance) / (delta * delta);
}

function sessionVariance(sessions: readonly (readonly number[])[], metric: MetricName): { ratio: number; variance: number } | null {
  const totals = sessions.map((sums) => clusterTotals(sums, metric));
  const m = totals.length;
  const x = totals.reduce((sum, t) => sum + t.sum, 0);
  const d = totals.reduce((sum, t) => sum + t.n, 0);
  if (m < 2 || !(d > 0)) return null;
  const ratio = x / d;
  const residuals = totals.map((t) => t.sum - ratio * t.n);
  const mean = residuals.reduce((a, b) => a + b, 0) / m;
  const variance = residuals.reduce((sum, u) => sum + (u - mean) ** 2, 0) / (m - 1) / (d / m) ** 2;
  return { ratio, variance };
}
