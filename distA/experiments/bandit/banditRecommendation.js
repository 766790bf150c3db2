/**
 * The result in plain words: which arm is best and by how much, what Thompson sampling did with
 * the season compared with a fixed split (revenue, regret, share on the best arm), and what to do.
 */
export function banditRecommendation(summary, names, currency, sessions) {
    const best = names[summary.bestArm];
    const truth = summary.armRevenuePerSession.map((arm) => arm.mean);
    const runnerUp = truth.map((value, a) => ({ value, a })).filter(({ a }) => a !== summary.bestArm).sort((x, y) => y.value - x.value)[0];
    const lines = [
        `${best} earns the most per session: ${money(truth[summary.bestArm], currency)} (95% CI ${range(summary.armRevenuePerSession[summary.bestArm].ci, currency)})` +
            (runnerUp ? `, against ${money(runnerUp.value, currency)} for ${names[runnerUp.a]}.` : '.'),
        `Thompson sampling gave ${best} ${percent(summary.thompson.bestArmShare.mean)} of the ${sessions} sessions` +
            (summary.fixed ? ` (a fixed split: ${percent(summary.fixed.bestArmShare.mean)}).` : '.'),
    ];
    if (summary.fixed !== null && summary.difference !== null) {
        const gain = summary.difference.totalRevenue;
        lines.push(`Over a season it earned ${money(gain.mean, currency)} ${gain.mean >= 0 ? 'more' : 'less'} than the fixed split (95% CI ${range(gain.ci, currency)}); ` +
            `revenue lost to weaker arms (regret) was ${money(summary.thompson.cumulativeRegret.mean, currency)} against ${money(summary.fixed.cumulativeRegret.mean, currency)}.`);
        lines.push(gain.ci[0] > 0
            ? `Let the bandit choose the host: it learns which arm is best while it sells, and the season pays for the learning.`
            : `The bandit's gain is not clear at this season length; a fixed split is as good here.`);
    }
    return lines;
}
const money = (value, currency) => `${Math.round(value).toLocaleString('en-US')} ${currency}`;
const range = (ci, currency) => `${Math.round(ci[0]).toLocaleString('en-US')} to ${money(ci[1], currency)}`;
const percent = (value) => `${Math.round(value * 100)}%`;
//# sourceMappingURL=banditRecommendation.js.map