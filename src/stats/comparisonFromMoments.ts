import type { LiftMoments } from './liftMoments.js';
import { relativeLift } from './relativeLift.js';
import type { AnalysisOptions, Comparison, RatioOfEstimates, StatsWarning } from './types.js';
import { uninformativeEstimate, waldEstimate } from './waldEstimate.js';

/**
 * Absolute and relative lift from `liftMoments`:
 *
 *   moments → absolute (Wald / Welch on mean_t − mean_c) → relative (Fieller or delta, with the
 *   absolute test's p-value) → warnings
 */
export function comparisonFromMoments(moments: LiftMoments, options: AnalysisOptions): Comparison {
  validateOptions(options);
  const warnings: StatsWarning[] = [...moments.warnings];
  if (!moments.estimable) return { absolute: uninformativeEstimate(0), relative: null, warnings };
  const { alpha, sides } = options;
  const absolute = waldEstimate(moments.absolute.estimate, Math.sqrt(moments.absolute.variance), moments.reference, alpha, sides);
  const { reference } = moments;
  if (moments.relative === null) return { absolute, relative: null, warnings, relativeMethod: options.relativeCi, reference };
  const ratio = plainLiftRatio(moments);
  const relative = relativeLift(ratio, reference, alpha, sides, options.relativeCi);
  return { absolute, relative: relative.estimate, warnings: [...warnings, ...relative.warnings], relativeMethod: options.relativeCi, ratio, reference };
}

/** mean_t / mean_c − 1 as A / B − 1 with the arms' variances of the mean (independent arms). */
export function plainLiftRatio(moments: LiftMoments): RatioOfEstimates {
  return {
    numerator: moments.treatment.mean,
    numeratorVariance: moments.treatment.varianceOfMean,
    denominator: moments.control.mean,
    denominatorVariance: moments.control.varianceOfMean,
    covariance: 0,
    offset: 1,
  };
}

/** Options are set by code (the CLI validates user input first): a bad value is a programmer error. */
export function validateOptions(options: AnalysisOptions): void {
  if (!(options.alpha > 0 && options.alpha < 1)) throw new RangeError(`alpha ${options.alpha} must be in (0, 1)`);
  if (!['two', 'greater', 'less'].includes(options.sides)) throw new RangeError(`unknown sides ${String(options.sides)}`);
  if (!['delta', 'fieller'].includes(options.relativeCi)) throw new RangeError(`unknown relativeCi ${String(options.relativeCi)}`);
  if (options.scoreMethod !== undefined && !['farrington-manning', 'miettinen-nurminen'].includes(options.scoreMethod)) {
    throw new RangeError(`unknown scoreMethod ${String(options.scoreMethod)}`);
  }
}
