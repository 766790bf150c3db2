import { PANEL, categoryScale, specHeader } from '../theme.js';
/** Panel titles: the letter of the identity, the words, and the unit. */
export function decompositionFactorTitles(currency) {
    return {
        audience: { panel: 'A: audience', axis: 'Unique viewers (people)', format: ',.0f' },
        purchaseRate: { panel: '× P: purchase rate', axis: 'Buyers per viewer (%)', format: '.1%' },
        valuePerBuyer: { panel: '× V: value per buyer', axis: `Revenue per buyer (${currency})`, format: ',.0f' },
        revenue: { panel: '= R: revenue', axis: `Revenue (${currency})`, format: ',.0f' },
    };
}
/**
 * Revenue decomposition R = A × P × V per arm: four small bar panels (audience, purchase rate,
 * value per buyer, revenue), so a change in revenue can be traced to reach, conversion or basket.
 */
export function decompositionChart(data) {
    const arms = data.arms.map((arm) => arm.name);
    const titles = decompositionFactorTitles(data.currency ?? '¥');
    const factors = ['audience', 'purchaseRate', 'valuePerBuyer', 'revenue'];
    const rows = data.arms.flatMap((arm) => factors.map((factor) => ({ arm: arm.name, factor, ...arm[factor] })));
    const hasIntervals = rows.some((row) => row.lo !== undefined && row.hi !== undefined);
    return {
        ...specHeader('Revenue decomposition: R = A × P × V', 'Audience × purchase rate × value per buyer = revenue, per arm' + (hasIntervals ? '; whiskers: interval' : '')),
        datasets: { factors: rows },
        hconcat: factors.map((factor) => factorPanel(factor, titles[factor], arms, hasIntervals)),
    };
}
function factorPanel(factor, title, arms, hasIntervals) {
    const x = { field: 'arm', type: 'nominal', sort: arms, title: null, axis: { labelAngle: 0 } };
    const layers = [
        {
            mark: { type: 'bar', tooltip: true },
            encoding: {
                x,
                y: { field: 'value', type: 'quantitative', title: title.axis, axis: { format: title.format } },
                color: { field: 'arm', type: 'nominal', title: 'Arm', scale: categoryScale(arms) },
            },
        },
    ];
    if (hasIntervals) {
        layers.push({
            mark: { type: 'rule', color: '#222222' },
            encoding: { x, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } },
        });
    }
    return {
        title: title.panel,
        // Room for each arm's name under its bar (about 7 px per character at 11 px).
        width: Math.max(PANEL.smallWidth / 2, arms.length * Math.max(40, 7 * Math.max(0, ...arms.map((arm) => arm.length)) + 10)),
        height: PANEL.smallHeight,
        data: { name: 'factors' },
        transform: [{ filter: { field: 'factor', equal: factor } }],
        layer: layers,
    };
}
//# sourceMappingURL=decompositionChart.js.map