import { formatCount } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import type { ExperimentResultData } from '../../results/index.js';
import { metricLabel, metricTest } from './experimentMetrics.js';

const UNIT_WORDS: Readonly<Record<string, string>> = {
  viewer: 'viewers: the arms share each live room, each viewer sees one arm (social proof and room state leak between arms, as in a real test)',
  session: 'sessions: each arm runs its own sessions; analyzed at session level (cluster-robust), the naive per-viewer analysis shown for comparison',
  switchback: 'time blocks (switchback): the treatment alternates in blocks within a session; analyzed at block level (cluster-robust)',
};

/** The recommendation first, then what was simulated, then the SRM check. */
export function experimentSummary(result: ExperimentResultData, currency: string): string[] {
  const control = result.arms.find((arm) => arm.isControl);
  const srm = result.srm?.flaggedRate;
  return [
    ...result.recommendation.text,
    `${formatCount(result.replicates)} simulated tests of "${result.name}" (seed ${result.seed}), each with ${formatCount(result.sessionsPerArm)} session(s) per arm, randomized by ${result.unit.kind}; ${result.arms.length} arms, control "${result.control}".`,
    control ? `Control earns ${formatCount(Math.round(control.revenuePerSession.mean))} ${currency} per session (95% interval ${formatCount(Math.round(control.revenuePerSession.ci[0]))} to ${formatCount(Math.round(control.revenuePerSession.ci[1]))}).` : '',
    srm ? `Sample ratio check: the split was flagged in ${formatPercent(srm.value, 1)} of the simulated tests (about 0.1% expected by chance).` : '',
  ].filter((line) => line !== '');
}

/** Engine warnings, each with the share of replicates that raised it. */
export function experimentWarnings(result: ExperimentResultData): string[] {
  const counts = new Map<string, number>();
  for (const comparison of result.comparisons) for (const [code, count] of Object.entries(comparison.warnings)) counts.set(code, Math.max(counts.get(code) ?? 0, count));
  const warnings = [...counts].map(([code, count]) => `${code}: raised in ${count} of ${result.replicates} replicates`);
  if (result.srm && result.srm.flaggedRate.value > 0.01) warnings.unshift(`SRM: the split was flagged in ${formatPercent(result.srm.flaggedRate.value, 1)} of replicates`);
  return warnings;
}

/** The unit, the tests, the correction, common random numbers and how the truth is computed. */
export function experimentMethodology(result: ExperimentResultData): string[] {
  const metrics = [...new Set(result.comparisons.map((comparison) => comparison.metric))];
  const correction = result.analysis.correction;
  return [
    `Randomization unit: ${UNIT_WORDS[result.unit.kind] ?? result.unit.kind}.`,
    `Tests (stats engine, as livelift analyze runs them): ${metrics.map((metric) => `${metricLabel(metric)}: ${metricTest(metric)}${result.unit.kind === 'viewer' ? '' : ', cluster-robust over units'}`).join('; ')}. Alpha ${result.analysis.alpha}, ${result.analysis.sides}-sided.`,
    correction && correction !== 'none' ? `Multiple comparisons: ${correction} correction over the family of comparisons; power and false-positive rates count corrected decisions.` : 'No multiple-comparison correction.',
    'Common random numbers: in each replicate every arm meets the same simulated viewers (same seeded streams per replicate and session), so differences between arms are not noise between rooms.',
    'Truth: the same sessions are re-simulated with every viewer in each arm (potential outcomes), so the true effect, including any interference between arms in a shared room, is known; bias = mean estimate − truth, coverage = share of intervals holding the truth, both with Monte-Carlo errors.',
    'Rates over replicates carry 95% Wilson intervals; the expected revenue per session carries a 95% Student-t interval of the mean.',
  ].filter((line) => line !== '');
}
