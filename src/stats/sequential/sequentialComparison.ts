import { liftMoments, type MomentEstimate } from '../liftMoments.js';
import type { MetricStats } from '../sufficientStats.js';
import type { MetricKind, StatsWarning } from '../types.js';
import { uninformativeEstimate } from '../waldEstimate.js';
import { confidenceSequence, DEFAULT_TUNING, type SequentialEstimate, type SequentialOptions } from './confidenceSequence.js';
import { sequentialRho } from './sequentialRho.js';

/** Treatment versus control under continuous monitoring: always-valid intervals and p-values. */
export interface SequentialComparison {
  /** mean_t − mean_c. */
  readonly absolute: SequentialEstimate;
  /** mean_t / mean_c − 1 (delta-method variance); null when the control mean is ≤ 0 (with a warning). */
  readonly relative: SequentialEstimate | null;
  readonly warnings: StatsWarning[];
}

export interface SequentialComparisonOptions extends SequentialOptions {
  /** What the metric measures per unit. Default `mean`. */
  readonly kind?: MetricKind;
}

/**
 * Asymptotic confidence sequences for the absolute and relative lift of one comparison, from the
 * cumulative sufficient statistics at the current look:
 *
 *   MetricStats (control, treatment) → liftMoments (estimate, variance; delta method for the
 *   relative lift) → confidenceSequence (half-width at N = n_c + n_t, always-valid p)
 *
 * Safe to recompute after every batch: the false-positive rate over all looks stays ≤ alpha
 * (asymptotically; see docs/sequential-and-bayesian.md and the peeking calibration run).
 * O(1).
 */
export function sequentialComparison(
  control: MetricStats,
  treatment: MetricStats,
  options: SequentialComparisonOptions = {},
): SequentialComparison {
  const moments = liftMoments(control, treatment, options.kind ?? 'mean');
  return sequentialFromMoments(moments, control.n + treatment.n, options);
}

/**
 * Confidence sequences from precomputed moments (for example CUPED-adjusted ones): the same
 * boundary applied to any asymptotically normal estimate.
 */
export function sequentialFromMoments(
  moments: { absolute: MomentEstimate; relative: MomentEstimate | null; warnings: StatsWarning[]; estimable: boolean },
  totalN: number,
  options: SequentialOptions = {},
): SequentialComparison {
  const warnings = [...moments.warnings];
  if (!moments.estimable || !(totalN > 0)) {
    const rho = sequentialRho(options.alpha ?? 0.05, options.tuning ?? DEFAULT_TUNING, (options.sides ?? 'two') === 'two');
    return { absolute: { ...uninformativeEstimate(moments.absolute.estimate), halfWidth: Infinity, rho }, relative: null, warnings };
  }
  const toSequence = (m: MomentEstimate): SequentialEstimate =>
    confidenceSequence({ estimate: m.estimate, se: Math.sqrt(m.variance) }, totalN, options);
  return { absolute: toSequence(moments.absolute), relative: moments.relative ? toSequence(moments.relative) : null, warnings };
}
