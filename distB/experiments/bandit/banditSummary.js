import { wilsonInterval } from '../aggregate/wilsonInterval.js';
import { replicateSummary } from '../season/replicateSummary.js';
/**
 * Aggregate bandit replicates:
 *
 *   always-a seasons ─▶ μₐ (revenue per session of arm a over a season) ─▶ best arm a* = argmax μₐ
 *   each policy      ─▶ per replicate: season revenue, regret Σₖ(μ* − μ_{aₖ}), share on a*
 *                    ─▶ mean with 95% t interval and 2.5–97.5% spread; per session: regret curve
 *                       and share of replicates on a* (Wilson interval)
 *
 * Regret is the pseudo-regret of the bandit literature (Lattimore & Szepesvári, Bandit
 * Algorithms, 2020, §4.5) with μₐ estimated by the oracle seasons; with retention an arm's μ is
 * its season average, so a host who builds a following is credited for it.
 */
export function banditSummary(replicates) {
    if (replicates.length === 0)
        throw new RangeError('banditSummary needs at least one replicate');
    const arms = replicates[0].always.length;
    const armRevenuePerSession = Array.from({ length: arms }, (_, arm) => replicateSummary(replicates.map((r) => meanRevenue(r.always[arm]))));
    const truth = armRevenuePerSession.map((s) => s.mean);
    const bestArm = truth.indexOf(Math.max(...truth));
    const thompson = policySummary(replicates.map((r) => r.thompson), replicates, truth, bestArm);
    const hasFixed = replicates.every((r) => r.fixed !== null);
    const fixed = hasFixed ? policySummary(replicates.map((r) => r.fixed), replicates, truth, bestArm) : null;
    const difference = hasFixed
        ? {
            totalRevenue: replicateSummary(replicates.map((r) => totalRevenue(r.thompson) - totalRevenue(r.fixed))),
            cumulativeRegret: replicateSummary(replicates.map((r) => regret(r.thompson, truth, bestArm) - regret(r.fixed, truth, bestArm))),
        }
        : null;
    const bySession = [
        ...sessionCurve('thompson', replicates.map((r) => r.thompson), truth, bestArm),
        ...(hasFixed ? sessionCurve('fixed', replicates.map((r) => r.fixed), truth, bestArm) : []),
    ];
    return { armRevenuePerSession, bestArm, thompson, fixed, difference, bySession };
}
function policySummary(seasons, replicates, truth, bestArm) {
    const sessionsPerArm = truth.map((_, arm) => seasons.reduce((sum, season) => sum + season.filter((o) => o.arm === arm).length, 0) / seasons.length);
    return {
        totalRevenue: replicateSummary(seasons.map(totalRevenue)),
        cumulativeRegret: replicateSummary(seasons.map((season) => regret(season, truth, bestArm))),
        realizedRegret: replicateSummary(seasons.map((season, i) => totalRevenue(replicates[i].always[bestArm]) - totalRevenue(season))),
        bestArmShare: replicateSummary(seasons.map((season) => season.filter((o) => o.arm === bestArm).length / season.length)),
        sessionsPerArm,
        returningViewers: replicateSummary(seasons.map((season) => season.reduce((sum, o) => sum + o.returningViewers, 0))),
    };
}
function sessionCurve(policy, seasons, truth, bestArm) {
    const cumulative = seasons.map(() => 0);
    return seasons[0].map((_, session) => {
        let onBest = 0;
        seasons.forEach((season, i) => {
            cumulative[i] += truth[bestArm] - truth[season[session].arm];
            if (season[session].arm === bestArm)
                onBest++;
        });
        const regretSummary = replicateSummary(cumulative);
        return {
            session,
            policy,
            regret: regretSummary.mean,
            regretCi: regretSummary.ci,
            bestArmShare: onBest / seasons.length,
            bestArmShareCi: wilsonInterval(onBest, seasons.length, 0.05),
        };
    });
}
function totalRevenue(season) {
    return season.reduce((sum, o) => sum + o.revenue, 0);
}
function meanRevenue(season) {
    return totalRevenue(season) / season.length;
}
function regret(season, truth, bestArm) {
    return season.reduce((sum, o) => sum + truth[bestArm] - truth[o.arm], 0);
}
//# sourceMappingURL=banditSummary.js.map