import { compareMeans } from './compareMeans.js';
import { compareProportions } from './compareProportions.js';
import { compareRatios } from './compareRatios.js';
import type { MetricStats } from './sufficientStats.js';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions, type Comparison, type MetricKind } from './types.js';

/** The fixed-horizon comparison for a metric kind: z-test, Welch's t-test or delta-method ratio. */
export function compare(kind: MetricKind, control: MetricStats, treatment: MetricStats, options: AnalysisOptions = DEFAULT_ANALYSIS_OPTIONS): Comparison {
  if (kind === 'proportion') return compareProportions(control, treatment, options);
  if (kind === 'mean') return compareMeans(control, treatment, options);
  return compareRatios(control, treatment, options);
}
