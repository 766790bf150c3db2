import { normalCdf } from '../../stats/distributions/index.js';
import { METRICS } from '../schema/metrics.js';
/**
 * The power curve chart's input (`powerCurveChart`) from a power result: simulated power against
 * sessions per arm (session unit) or control viewers (viewer and switchback units), the fitted
 * probit curve on a grid between the simulated sizes, the target, and the size chosen.
 */
export function powerChartData(result) {
    const viewers = result.sizeUnit === 'viewers';
    const x = (sessions) => (viewers ? sessions * result.viewersPerSession : sessions);
    const simulated = result.points.map((point) => ({ size: viewers ? point.viewersPerArm : point.sessionsPerArm, power: point.power, curve: 'simulated' }));
    const relative = result.truth.relative === null ? '' : ` (${result.truth.relative >= 0 ? '+' : ''}${Math.round(result.truth.relative * 1000) / 10}%)`;
    return {
        points: [...simulated, ...fittedCurve(result).map((point) => ({ size: x(point.sessions), power: point.power, curve: 'probit fit' }))],
        sizeUnit: result.sizeUnit,
        targetPower: result.targetPower,
        ...(result.required.sessionsPerArm === null ? {} : { chosenSize: Math.round(x(result.required.sessionsPerArm)) }),
        effectLabel: `${result.contrast.name} vs ${result.contrast.control} on ${METRICS[result.metric].label}${relative}`,
    };
}
/** Φ(a + b√n) at 25 sizes spanning the simulated ones. */
function fittedCurve(result) {
    if (result.fit === null || result.points.length === 0)
        return [];
    const { intercept, slope } = result.fit;
    const low = Math.sqrt(result.points[0].sessionsPerArm);
    const high = Math.sqrt(result.points[result.points.length - 1].sessionsPerArm);
    return Array.from({ length: 25 }, (_, i) => {
        const root = low + ((high - low) * i) / 24;
        return { sessions: root * root, power: normalCdf(intercept + slope * root) };
    });
}
//# sourceMappingURL=powerChartData.js.map