import type { BanditChartData } from '../charts/banditChart.js';
import type { SegmentBreakdownData } from '../charts/segmentBreakdownChart.js';
import { formatCount } from '../../format/formatNumber.js';
import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { ReportTable } from '../report.js';
import type { BanditResultData } from '../../results/index.js';

export const POLICY_NAMES = { thompson: 'Thompson sampling', fixed: 'fixed split' } as const;

/** Regret and best-arm share per session (from `bySession`), revenue per session (from the seasons). */
export function banditSeason(result: BanditResultData, currency: string): BanditChartData {
  const curves = result.bySession.flatMap((point) => [
    { session: point.session + 1, policy: POLICY_NAMES[point.policy], metric: 'regret' as const, mean: point.regret, lo: point.regretCi[0], hi: point.regretCi[1] },
    { session: point.session + 1, policy: POLICY_NAMES[point.policy], metric: 'bestShare' as const, mean: point.bestArmShare, lo: point.bestArmShareCi[0], hi: point.bestArmShareCi[1] },
  ]);
  const seasons = [['thompson', result.seasons.thompson], ['fixed', result.seasons.fixed]] as const;
  const revenue = seasons.flatMap(([policy, season]) =>
    (season?.bySession ?? []).map((entry) => ({ session: entry.session + 1, policy: POLICY_NAMES[policy], metric: 'revenue' as const, mean: entry.revenue.mean, lo: entry.revenue.ci[0], hi: entry.revenue.ci[1] })),
  );
  return { points: [...curves, ...revenue], bestArm: result.bestArm, currency, bandLabel: '95% interval over replicates (t for means, Wilson for the share)' };
}

/** Mean sessions per season each policy gave each arm. */
export function banditAllocation(result: BanditResultData): SegmentBreakdownData {
  const rows = result.arms.flatMap((arm) => [
    { segment: arm.name, arm: POLICY_NAMES.thompson, value: arm.thompsonSessions },
    ...(arm.fixedSessions === null ? [] : [{ segment: arm.name, arm: POLICY_NAMES.fixed, value: arm.fixedSessions }]),
  ]);
  return { dimension: 'Arm', groupLabel: 'Policy', metric: `Sessions per season (of ${formatCount(result.sessionsPerSeason)})`, format: ',.1f', rows };
}

/** Per arm: true revenue per session with its Monte-Carlo interval, sessions under each policy. */
export function banditArmTable(result: BanditResultData, currency: string): ReportTable {
  return {
    name: 'arms',
    title: 'Arms: true revenue per session and sessions given',
    caption: 'True revenue per session: mean over seasons with every session given to the arm, with its 95% interval.',
    columns: [
      { key: 'arm', label: 'Arm', format: 'text' },
      { key: 'best', label: 'Best arm', format: 'text' },
      ...estimateColumns('revenue', `Revenue per session (${currency})`, ciBounds('Revenue', currency), 'number'),
      { key: 'thompsonSessions', label: 'Sessions, Thompson (mean)', format: 'number' },
      { key: 'fixedSessions', label: 'Sessions, fixed split (mean)', format: 'number' },
    ],
    rows: result.arms.map((arm) => ({ arm: arm.name, best: arm.isBest ? 'yes' : '', ...estimateCells('revenue', arm.revenuePerSession.mean, arm.revenuePerSession.ci), thompsonSessions: arm.thompsonSessions, fixedSessions: arm.fixedSessions })),
  };
}

/** Per policy: season revenue, regret, share on the best arm, returning viewers, with intervals. */
export function banditPolicyTable(result: BanditResultData, currency: string): ReportTable {
  const policies = [['thompson', result.thompson], ['fixed', result.fixed]] as const;
  return {
    name: 'policies',
    title: 'Policies over the season',
    caption: `Means over ${formatCount(result.replicates)} simulated seasons of ${formatCount(result.sessionsPerSeason)} sessions, with 95% intervals.`,
    columns: [
      { key: 'policy', label: 'Policy', format: 'text' },
      ...estimateColumns('revenue', `Season revenue (${currency})`, ciBounds('Season revenue', currency), 'number'),
      ...estimateColumns('regret', `Cumulative regret (${currency})`, ciBounds('Regret', currency), 'number'),
      { key: 'bestShare', label: 'Sessions on the best arm (%)', format: 'percent' },
      { key: 'returning', label: 'Returning viewers (people)', format: 'count' },
    ],
    rows: policies.flatMap(([name, policy]) =>
      policy === null
        ? []
        : [{ policy: POLICY_NAMES[name], ...estimateCells('revenue', policy.totalRevenue.mean, policy.totalRevenue.ci), ...estimateCells('regret', policy.cumulativeRegret.mean, policy.cumulativeRegret.ci), bestShare: policy.bestArmShare.mean, returning: policy.returningViewers.mean }],
    ),
  };
}

export function banditMethodology(result: BanditResultData): string[] {
  return [
    `Thompson sampling: each arm's revenue per session has a Normal–Inverse-Gamma posterior; after ${formatCount(result.warmupSessionsPerArm)} round-robin session(s) per arm, each session goes to the arm with the highest draw from its posterior (Student-t marginal).`,
    result.fixed === null ? '' : 'Fixed split: the sessions rotate over the arms in equal shares, as a team would plan a test; both policies meet the same simulated viewers (common random numbers), so their difference is paired by replicate.',
    'Regret: Σ over sessions of (μ* − μ of the arm chosen), with μ each arm\'s revenue per session estimated by simulating whole seasons that give every session to that arm (pseudo-regret; Lattimore & Szepesvári, Bandit Algorithms, 2020, §4.5).',
    'Seasons use the retention model: followers made in one session come back to the next, so an arm that builds a following is credited for it.',
    'Intervals: 95% Student-t interval of the mean over replicates; the share of replicates on the best arm carries a 95% Wilson interval.',
  ].filter((line) => line !== '');
}
