import { metricValue } from '../analyse/metricStats.js';
import { describeValues, meanInterval } from './describeValues.js';
/**
 * What rolling out each arm would do, read off the potential outcomes (every viewer of a session
 * in that arm): revenue per session with the 95% interval of its mean and the 2.5–97.5% range of
 * single sessions, viewers per session, and the true value of every analysed metric.
 */
export function summariseArms(loaded, raws, pooled, metrics) {
    const unit = loaded.experiment.unit.kind;
    return loaded.arms.map((arm, index) => {
        const outcomes = raws.flatMap((raw) => raw.potential.filter((outcome) => outcome.arm === index));
        const revenue = outcomes.map((outcome) => outcome.revenue);
        const interval = meanInterval(revenue);
        const { quantiles } = describeValues(revenue);
        const { name: _name, ...treatment } = arm.treatment;
        return {
            name: arm.name,
            description: arm.description,
            weight: arm.weight,
            isControl: index === loaded.controlIndex,
            identicalToControl: arm.identicalToControl,
            treatment: unit === 'session' ? {} : treatment,
            revenuePerSession: { mean: interval.mean, ci: interval.ci, range: [quantiles[0], quantiles[4]] },
            viewersPerSession: describeValues(outcomes.map((outcome) => outcome.viewers)).mean,
            metrics: Object.fromEntries(metrics.map((metric) => [metric, nullIfNaN(metricValue(pooled[index], metric))])),
        };
    });
}
function nullIfNaN(value) {
    return Number.isFinite(value) ? value : null;
}
//# sourceMappingURL=summariseArms.js.map