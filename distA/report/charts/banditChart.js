import { PANEL, categoryScale, specHeader } from '../theme.js';
const PANELS = ['regret', 'bestShare', 'revenue'];
/**
 * Panel title in words, and a short axis title with the unit: vega sizes a rotated axis title by
 * its estimated text width, so a long one would push the panels apart.
 */
function panelAxis(metric, bestArm, currency) {
    if (metric === 'regret')
        return { panel: 'Cumulative regret: revenue lost to weaker arms so far', title: `Regret (${currency})`, format: '~s' };
    if (metric === 'bestShare')
        return { panel: `Share of seasons giving this session to the best arm (${bestArm})`, title: 'Share (%)', format: '.0%' };
    return { panel: 'Revenue of the session', title: `Revenue (${currency})`, format: '~s' };
}
/**
 * Bandit season: Thompson sampling against the fixed split, session by session, in three panels
 * on one session axis: cumulative regret (revenue lost to weaker arms), the share of replicates
 * that gave the session to the best arm, and the revenue of the session; each a mean line with
 * its interval band, one colour per policy.
 */
export function banditChart(data) {
    const policies = [...new Set(data.points.map((point) => point.policy))];
    const metrics = PANELS.filter((metric) => data.points.some((point) => point.metric === metric));
    return {
        ...specHeader('Bandit season: Thompson sampling vs fixed split', [
            `Lines: mean over replicates; bands: ${data.bandLabel ?? '95% interval over replicates'}`,
            `Regret: revenue lost against always running the best arm, ${data.bestArm}`,
        ]),
        datasets: { season: data.points.map((point) => ({ ...point })) },
        vconcat: metrics.map((metric, index) => banditPanel(metric, { first: index === 0, last: index === metrics.length - 1 }, policies, data.bestArm, data.currency ?? '¥')),
        spacing: 14,
        resolve: { scale: { color: 'shared' } },
    };
}
function banditPanel(metric, { last }, policies, bestArm, currency) {
    const axis = panelAxis(metric, bestArm, currency);
    const x = { field: 'session', type: 'quantitative', title: last ? 'Session of the season (index)' : null, axis: { tickMinStep: 1, format: 'd' } };
    const color = { field: 'policy', type: 'nominal', title: 'Policy', scale: categoryScale(policies), legend: { orient: 'top' } };
    return {
        title: { text: axis.panel, fontSize: 12, fontWeight: 'normal' },
        width: PANEL.width,
        height: 140,
        data: { name: 'season' },
        transform: [{ filter: { field: 'metric', equal: metric } }],
        layer: [
            { mark: { type: 'area', opacity: 0.2 }, encoding: { x, y: { field: 'lo', type: 'quantitative', title: axis.title, axis: { format: axis.format } }, y2: { field: 'hi' }, color } },
            { mark: { type: 'line', strokeWidth: 2, tooltip: true }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color } },
        ],
    };
}
//# sourceMappingURL=banditChart.js.map