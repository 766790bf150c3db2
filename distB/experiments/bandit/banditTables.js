/**
 * The result's tables at full precision (for `--out` CSVs and reports): the arms (true revenue
 * per session and sessions each policy gave them), the policies (season revenue, regret, share
 * on the best arm), and the season session by session (regret and best-arm share per policy).
 */
export function banditTables(result) {
    const currency = result.input.scenario.currency;
    return [armsTable(result, currency), policiesTable(result, currency), bySessionTable(result, currency)];
}
function armsTable(result, currency) {
    return {
        name: 'arms',
        title: 'Arms: true revenue per session (every session to the arm) and sessions given per season',
        columns: [
            { key: 'arm', label: 'Arm', format: 'text' },
            { key: 'best', label: 'Best', format: 'text' },
            { key: 'revenue', label: `Revenue per session (${currency})` },
            { key: 'revenueLo', label: 'Revenue 95% CI low' },
            { key: 'revenueHi', label: 'Revenue 95% CI high' },
            { key: 'thompson', label: 'Sessions (Thompson)' },
            { key: 'fixed', label: 'Sessions (fixed split)' },
        ],
        rows: result.arms.map((arm) => ({
            arm: arm.name,
            best: arm.isBest ? 'yes' : '',
            revenue: arm.revenuePerSession.mean,
            revenueLo: arm.revenuePerSession.ci[0],
            revenueHi: arm.revenuePerSession.ci[1],
            thompson: arm.thompsonSessions,
            fixed: arm.fixedSessions,
        })),
    };
}
function policiesTable(result, currency) {
    return {
        name: 'policies',
        title: 'Policies over a season: revenue, regret and share of sessions on the best arm',
        columns: [
            { key: 'policy', label: 'Policy', format: 'text' },
            { key: 'revenue', label: `Season revenue (${currency})` },
            { key: 'revenueLo', label: 'Revenue 95% CI low' },
            { key: 'revenueHi', label: 'Revenue 95% CI high' },
            { key: 'regret', label: `Cumulative regret (${currency})` },
            { key: 'regretLo', label: 'Regret 95% CI low' },
            { key: 'regretHi', label: 'Regret 95% CI high' },
            { key: 'bestShare', label: 'Share of sessions on the best arm', format: 'percent' },
            { key: 'returning', label: 'Returning viewers per season' },
        ],
        rows: ['thompson', 'fixed'].flatMap((policy) => {
            const summary = result[policy];
            if (summary === null)
                return [];
            return [{
                    policy,
                    revenue: summary.totalRevenue.mean,
                    revenueLo: summary.totalRevenue.ci[0],
                    revenueHi: summary.totalRevenue.ci[1],
                    regret: summary.cumulativeRegret.mean,
                    regretLo: summary.cumulativeRegret.ci[0],
                    regretHi: summary.cumulativeRegret.ci[1],
                    bestShare: summary.bestArmShare.mean,
                    returning: summary.returningViewers.mean,
                }];
        }),
    };
}
function bySessionTable(result, currency) {
    return {
        name: 'by-session',
        title: 'Session by session: cumulative regret and share of replicates on the best arm',
        columns: [
            { key: 'session', label: 'Session', format: 'count' },
            { key: 'policy', label: 'Policy', format: 'text' },
            { key: 'regret', label: `Cumulative regret (${currency})` },
            { key: 'regretLo', label: 'Regret 95% CI low' },
            { key: 'regretHi', label: 'Regret 95% CI high' },
            { key: 'bestShare', label: 'Share on the best arm', format: 'percent' },
            { key: 'bestShareLo', label: 'Share 95% CI low', format: 'percent' },
            { key: 'bestShareHi', label: 'Share 95% CI high', format: 'percent' },
        ],
        rows: result.bySession.map((point) => ({
            session: point.session + 1,
            policy: point.policy,
            regret: point.regret,
            regretLo: point.regretCi[0],
            regretHi: point.regretCi[1],
            bestShare: point.bestArmShare,
            bestShareLo: point.bestArmShareCi[0],
            bestShareHi: point.bestArmShareCi[1],
        })),
    };
}
//# sourceMappingURL=banditTables.js.map