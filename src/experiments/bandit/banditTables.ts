import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { ReportTable } from '../../report/report.js';
import type { BanditResult } from './BanditResult.js';

/**
 * The result's tables at full precision (for `--out` CSVs and reports): the arms (true revenue
 * per session and sessions each policy gave them), the policies (season revenue, regret, share
 * on the best arm), and the season session by session (regret and best-arm share per policy).
 */
export function banditTables(result: BanditResult): ReportTable[] {
  const currency = result.input.scenario.currency;
  return [armsTable(result, currency), policiesTable(result, currency), bySessionTable(result, currency)];
}

function armsTable(result: BanditResult, currency: string): ReportTable {
  return {
    name: 'arms',
    title: 'Arms: true revenue per session (every session to the arm) and sessions given per season',
    columns: [
      { key: 'arm', label: 'Arm', format: 'text' },
      { key: 'best', label: 'Best', format: 'text' },
      ...estimateColumns('revenue', `Revenue per session (${currency})`, ciBounds('Revenue')),
      { key: 'thompson', label: 'Sessions (Thompson)' },
      { key: 'fixed', label: 'Sessions (fixed split)' },
    ],
    rows: result.arms.map((arm) => ({
      arm: arm.name,
      best: arm.isBest ? 'yes' : '',
      ...estimateCells('revenue', arm.revenuePerSession.mean, arm.revenuePerSession.ci),
      thompson: arm.thompsonSessions,
      fixed: arm.fixedSessions,
    })),
  };
}

function policiesTable(result: BanditResult, currency: string): ReportTable {
  return {
    name: 'policies',
    title: 'Policies over a season: revenue, regret and share of sessions on the best arm',
    columns: [
      { key: 'policy', label: 'Policy', format: 'text' },
      ...estimateColumns('revenue', `Season revenue (${currency})`, ciBounds('Revenue')),
      ...estimateColumns('regret', `Cumulative regret (${currency})`, ciBounds('Regret')),
      { key: 'bestShare', label: 'Share of sessions on the best arm', format: 'percent' },
      { key: 'returning', label: 'Returning viewers per season' },
    ],
    rows: (['thompson', 'fixed'] as const).flatMap((policy) => {
      const summary = result[policy];
      if (summary === null) return [];
      return [{
        policy,
        ...estimateCells('revenue', summary.totalRevenue.mean, summary.totalRevenue.ci),
        ...estimateCells('regret', summary.cumulativeRegret.mean, summary.cumulativeRegret.ci),
        bestShare: summary.bestArmShare.mean,
        returning: summary.returningViewers.mean,
      }];
    }),
  };
}

function bySessionTable(result: BanditResult, currency: string): ReportTable {
  return {
    name: 'by-session',
    title: 'Session by session: cumulative regret and share of replicates on the best arm',
    columns: [
      { key: 'session', label: 'Session', format: 'count' },
      { key: 'policy', label: 'Policy', format: 'text' },
      ...estimateColumns('regret', `Cumulative regret (${currency})`, ciBounds('Regret')),
      ...estimateColumns('bestShare', 'Share on the best arm', ciBounds('Share'), 'percent'),
    ],
    rows: result.bySession.map((point) => ({
      session: point.session + 1,
      policy: point.policy,
      ...estimateCells('regret', point.regret, point.regretCi),
      ...estimateCells('bestShare', point.bestArmShare, point.bestArmShareCi),
    })),
  };
}
