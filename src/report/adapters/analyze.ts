import type { ForestChartData } from '../charts/forestChart.js';
import type { PosteriorChartData } from '../charts/posteriorChart.js';
import type { SrmData } from '../charts/srmChart.js';
import type { SegmentBreakdownData } from '../charts/segmentBreakdownChart.js';
import type { AnalysisResultData as AnalysisResult } from '../../results/index.js';
import { exp } from '../../math/index.js';

/**
 * Adapters from an `analyze` result to chart inputs. Pure; each returns undefined when the
 * result has nothing to draw for that chart.
 */

export function hasCorrection(result: AnalysisResult): boolean {
  return result.correction != null && result.correction !== 'none';
}

/**
 * Forest plot of relative lifts, metric × variant: each comparison's decision (`headline`) as the
 * result states it, significance from the result. Comparisons without a relative lift (control
 * mean ≤ 0) are left out. Open interval ends (one-sided tests, null in JSON) are drawn to the edge
 * of the plotted range. The subtitle names what the intervals are (the headline's label).
 */
export function analysisForest(result: AnalysisResult): ForestChartData | undefined {
  const chosen = result.metrics.flatMap((metric) =>
    metric.comparisons.flatMap(({ headline, significant, variant }) => {
      if (!headline.relative) return [];
      const [lo, hi] = headline.relative.ci;
      return [{ metric: metric.name, variant, estimate: headline.relative.estimate, lo, hi, significant, label: headline.label }];
    }),
  );
  if (chosen.length === 0) return undefined;
  const finite = chosen.flatMap((row) => [row.lo, row.hi, row.estimate]).filter((value): value is number => value !== null);
  const span = Math.max(...finite) - Math.min(...finite) || 0.1;
  const [edgeLo, edgeHi] = [Math.min(...finite, 0) - 0.1 * span, Math.max(...finite, 0) + 0.1 * span];
  const labels = [...new Set(chosen.map((row) => row.label))];
  return {
    scale: 'relative',
    level: 1 - result.alpha,
    intervalLabel: `bars: ${labels.join(' | ')}`,
    rows: chosen.map(({ label: _label, ...row }) => ({ ...row, lo: row.lo ?? edgeLo, hi: row.hi ?? edgeHi })),
  };
}

export function correctionName(correction: string | null | undefined): string {
  if (correction === 'bonferroni') return 'Bonferroni';
  if (correction === 'holm') return 'Holm';
  if (correction === 'bh') return 'Benjamini–Hochberg';
  if (correction === 'dunnett') return 'Dunnett';
  return correction ?? 'none';
}

/**
 * Posterior of the relative lift per metric with a Bayesian analysis: the normal density with the
 * posterior mean and sd the result reports (livelift's Bayesian model is Gaussian,
 * src/stats/bayesian/gaussianBayesian.ts). A comparison whose posterior sd is 0 has no density to draw.
 */
export function analysisPosteriors(result: AnalysisResult): PosteriorChartData[] {
  return result.metrics.flatMap((metric) => {
    const variants = metric.comparisons.flatMap(({ bayesian, variant }) => {
      if (!bayesian || !(bayesian.posteriorSd > 0)) return [];
      return [{
        name: variant,
        chanceToBeatControl: bayesian.chanceToWin,
        credibleInterval: [bayesian.ci[0], bayesian.ci[1]] as const,
        points: normalCurve(bayesian.posteriorMean, bayesian.posteriorSd),
      }];
    });
    const scale = metric.comparisons.find((comparison) => comparison.bayesian)?.bayesian?.scale ?? 'relative';
    return variants.length === 0 ? [] : [{ metric: metric.name, scale, level: 1 - result.alpha, variants }];
  });
}

/** The normal density on mean ± 4 sd, 121 points. */
export function normalCurve(mean: number, sd: number): { lift: number; density: number }[] {
  return Array.from({ length: 121 }, (_, index) => {
    const lift = mean + sd * (-4 + index / 15);
    const standard = (lift - mean) / sd;
    return { lift, density: exp(-0.5 * standard * standard) / (sd * Math.sqrt(2 * Math.PI)) };
  });
}

/** Observed units per variant against the planned shares (equal shares when none are given). */
export function analysisSrm(result: AnalysisResult): SrmData | undefined {
  if (!result.srm) return undefined;
  const total = result.variants.reduce((sum, variant) => sum + variant.units, 0);
  const equalShare = 1 / Math.max(1, result.variants.length);
  return {
    unit: result.unitsCounted === 'rows' ? 'rows' : result.unitsCounted === 'clusters' ? 'clusters' : 'units',
    pValue: result.srm.pValue,
    threshold: result.srm.threshold,
    arms: result.variants.map((variant) => ({ arm: variant.name, observed: variant.units, expected: total * (variant.expectedShare ?? equalShare) })),
  };
}

/** Per metric, the mean of each variant in each segment (with `--segment`). */
export function analysisSegments(result: AnalysisResult): SegmentBreakdownData[] {
  const segments = result.segments ?? [];
  if (segments.length === 0) return [];
  return result.metrics.map((metric) => ({
    dimension: result.segmentColumn ?? 'Segment',
    metric: metric.kind === 'proportion' ? `${metric.name}: conversion (%)` : `${metric.name}: mean per unit (metric units)`,
    format: metric.kind === 'proportion' ? '.1%' : undefined,
    rows: segments.flatMap((segment) =>
      (segment.metrics.find((candidate) => candidate.name === metric.name)?.variants ?? []).flatMap((variant) =>
        variant.mean === null ? [] : [{ segment: segment.name, arm: variant.name, value: variant.mean }],
      ),
    ),
  }));
}
