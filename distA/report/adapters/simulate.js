import { replicateBand } from './replicateBand.js';
/** Funnel steps in order, with the words the chart shows. */
export const FUNNEL_STEPS = [
    ['arrived', 'arrived'],
    ['engaged', 'engaged'],
    ['sawLink', 'saw link'],
    ['clicked', 'clicked'],
    ['bought', 'bought'],
];
/** Mean count per funnel step over the runs of each arm. */
export function simulationFunnel(arms) {
    return {
        arms: arms.map((arm) => ({
            name: arm.name,
            steps: FUNNEL_STEPS.map(([key, step]) => ({ step, count: replicateBand(arm.runs.map((run) => run.funnel[key])).mean })),
        })),
    };
}
const TIMELINE_METRICS = [
    ['viewers', 'concurrentViewers'],
    ['chats', 'chats'],
    ['clicks', 'clicks'],
    ['orders', 'orders'],
    ['revenue', 'revenue'],
];
/**
 * Per-minute mean over the runs and the 90% replicate band (5th to 95th percentile) of each
 * metric; the plan's segments as labelled bands. Minutes a run did not reach count as absent.
 */
export function simulationTimeline(arms, plan, currency) {
    const series = arms.flatMap((arm) => {
        const minutes = Math.max(0, ...arm.runs.map((run) => run.timeline.length));
        return Array.from({ length: minutes }, (_, minute) => minute).flatMap((minute) => {
            const rows = arm.runs.flatMap((run) => (run.timeline[minute] ? [run.timeline[minute]] : []));
            return TIMELINE_METRICS.map(([metric, field]) => ({
                minute,
                metric,
                ...replicateBand(rows.map((row) => row[field])),
                ...(arms.length > 1 ? { arm: arm.name } : {}),
            }));
        });
    });
    return { series, segments: plan.map(planBand), bandLabel: '5th–95th percentile of replicates', currency };
}
/** Segment types that are decision moments (docs/model.md § Host plan), highlighted on the timeline. */
const DECISION_SEGMENTS = new Set(['pitch', 'flash_sale']);
function planBand(segment) {
    const label = segment.title ?? segment.type.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
    return { start: segment.startMinute, end: segment.endMinute, label, type: segment.type, highlight: DECISION_SEGMENTS.has(segment.type) };
}
/**
 * R = A × P × V per arm from the runs: A = viewers who arrived, P = buyers per arrived viewer,
 * V = revenue per buyer; each the mean over runs with its 90% replicate band. P and V are
 * ratios of means over runs (total buyers / total arrivals), so A × P × V = mean revenue exactly.
 */
export function simulationDecomposition(arms, currency) {
    return {
        currency,
        arms: arms.map((arm) => {
            const audience = replicateBand(arm.runs.map((run) => run.funnel.arrived));
            const buyers = replicateBand(arm.runs.map((run) => run.funnel.bought));
            const revenue = replicateBand(arm.runs.map((run) => run.revenue));
            const rate = replicateBand(arm.runs.map((run) => (run.funnel.arrived > 0 ? run.funnel.bought / run.funnel.arrived : 0)));
            const perBuyer = replicateBand(arm.runs.filter((run) => run.funnel.bought > 0).map((run) => run.revenue / run.funnel.bought));
            return {
                name: arm.name,
                audience: { value: audience.mean, lo: audience.lo, hi: audience.hi },
                purchaseRate: { value: audience.mean > 0 ? buyers.mean / audience.mean : 0, lo: rate.lo, hi: rate.hi },
                valuePerBuyer: { value: buyers.mean > 0 ? revenue.mean / buyers.mean : 0, lo: perBuyer.lo, hi: perBuyer.hi },
                revenue: { value: revenue.mean, lo: revenue.lo, hi: revenue.hi },
            };
        }),
    };
}
//# sourceMappingURL=simulate.js.map