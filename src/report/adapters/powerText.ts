import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import { formatCount, formatNumber } from '../../format/formatNumber.js';
import { formatPercent, formatSignedPercent } from '../../format/formatPercent.js';
import type { ReportTable } from '../report.js';
import { metricLabel, metricTest } from './experimentMetrics.js';
import type { PowerResultData } from '../../results/index.js';

/** The required size in plain words, beside the naive analytic answer and the design effect. */
export function powerSummary(result: PowerResultData): string[] {
  const effect = `${result.contrast.name} vs ${result.contrast.control} on ${metricLabel(result.metric)} (true effect ${result.truth.relative === null ? formatNumber(result.truth.absolute) : formatSignedPercent(result.truth.relative, 1)})`;
  const { required, analytic } = result;
  const [lo, hi] = required.interval ?? [null, null];
  const interval = lo === null ? '' : ` (95% interval ${formatNumber(lo, 3)} to ${hi === null ? 'unbounded' : formatNumber(hi, 3)} sessions)`;
  return [
    required.sessionsPerArm === null
      ? `No simulated size reached ${formatPercent(result.targetPower, 0)} power for ${effect}: plan a larger test or a bigger change.`
      : `To detect ${effect} with ${formatPercent(result.targetPower, 0)} power, a real test needs about ${formatCount(required.sessionsPerArm)} sessions per arm (${formatCount(Math.round(required.viewersPerArm ?? 0))} viewers per arm)${interval}.`,
    analytic === null ? '' : `The textbook formula that treats every viewer as independent (${analytic.test}) says ${formatCount(analytic.viewersPerArm[0])} viewers per arm, about ${formatNumber(analytic.sessionsPerArm, 3)} sessions.`,
    result.designEffect === null ? '' : `Design effect (simulated size / naive size): ${formatNumber(result.designEffect, 3)}${result.designEffect > 1.05 ? ': clustering or interference costs sessions the naive formula does not see.' : '.'}`,
  ].filter((line) => line !== '');
}

export function powerMethodology(result: PowerResultData): string[] {
  return [
    `At each size, ${formatCount(result.replicates)} tests are simulated and analyzed exactly as livelift experiment analyses them (${metricLabel(result.metric)}: ${metricTest(result.metric)}${result.unit.kind === 'viewer' ? '' : ', cluster-robust over units'}; alpha ${result.alpha}, ${result.sides}-sided); power is the share significant in the true effect's direction, with a 95% Wilson interval.`,
    'A probit curve power = Φ(a + b·√n) is fitted to the simulated points by maximum likelihood; the required size is where it crosses the target, with a delta-method standard error and a 95% Fieller interval (docs/bandit-and-power.md).',
    'The naive analytic size uses the textbook sample-size formula for the same true effect and per-viewer variance, ignoring clustering and interference; the design effect is the ratio of the two.',
    `Randomization unit: ${result.unit.kind}; the true effect comes from potential outcomes with common random numbers.`,
  ];
}

/** Every simulated size: sessions, viewers, power and its interval. */
export function powerTable(result: PowerResultData): ReportTable {
  return {
    name: 'power',
    title: 'Simulated power at each size',
    caption: 'Power: share of simulated tests significant in the true effect\'s direction, with its 95% Wilson interval.',
    columns: [
      { key: 'sessionsPerArm', label: 'Sessions per arm', format: 'count' },
      { key: 'viewersPerArm', label: 'Control viewers (people)', format: 'count' },
      { key: 'replicates', label: 'Simulated tests', format: 'count' },
      ...estimateColumns('power', 'Power (%)', ciBounds('Power', '%'), 'percent'),
    ],
    rows: result.points.map((point) => ({ sessionsPerArm: point.sessionsPerArm, viewersPerArm: point.viewersPerArm, replicates: point.replicates, ...estimateCells('power', point.power, point.ci) })),
  };
}

/** Simulated requirement beside the naive analytic one, and the design effect. */
export function powerRequirementTable(result: PowerResultData): ReportTable {
  const { required, analytic } = result;
  return {
    name: 'requirement',
    title: 'Required size: simulation vs naive formula',
    columns: [
      { key: 'method', label: 'Method', format: 'text' },
      { key: 'sessionsPerArm', label: 'Sessions per arm', format: 'number' },
      { key: 'viewersPerArm', label: 'Viewers per arm (people)', format: 'count' },
      { key: 'designEffect', label: 'Design effect (ratio)', format: 'number' },
    ],
    rows: [
      { method: 'simulation (probit fit)', sessionsPerArm: required.exactSessionsPerArm, viewersPerArm: required.viewersPerArm === null ? null : Math.round(required.viewersPerArm), designEffect: result.designEffect },
      ...(analytic === null ? [] : [{ method: `naive formula (${analytic.test})`, sessionsPerArm: analytic.sessionsPerArm, viewersPerArm: analytic.viewersPerArm[0], designEffect: 1 }]),
      ...(result.clusteredAnalyticSessionsPerArm == null ? [] : [{ method: 'cluster-trial formula (between-session variance; session unit)', sessionsPerArm: result.clusteredAnalyticSessionsPerArm, viewersPerArm: null, designEffect: null }]),
    ],
  };
}
