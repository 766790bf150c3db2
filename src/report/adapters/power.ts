import type { PowerCurveData } from '../charts/powerCurveChart.js';
import { formatCount } from '../../format/formatNumber.js';
import { formatSignedPercent } from '../../format/formatPercent.js';
import { metricLabel } from './experimentMetrics.js';
import type { PowerResultData } from '../../results/index.js';

/**
 * The power curve's input from a power result: simulated power (with its 95% Wilson interval)
 * against sessions per arm (session unit) or control viewers per arm (viewer and switchback
 * units), the fitted probit curve Φ(a + b√n) the result carries (up to the recommended size; older results without it: no fitted line, the report computes no distribution), the target, the size
 * chosen on the fit, and the naive analytic size as a reference line.
 */
export function powerCurve(result: PowerResultData): PowerCurveData {
  const viewers = result.sizeUnit === 'viewers';
  const size = (sessions: number) => (viewers ? sessions * result.viewersPerSession : sessions);
  const simulated = result.points.map((point) => ({ size: viewers ? point.viewersPerArm : point.sessionsPerArm, power: point.power, lo: point.ci[0], hi: point.ci[1], curve: 'simulated' }));
  const fitted = (result.curve ?? []).map((point) => ({ size: size(point.sessionsPerArm), power: point.power, curve: 'probit fit' }));
  const chosen = viewers ? result.required.viewersPerArm : result.required.sessionsPerArm;
  const analytic = result.analytic === null ? null : viewers ? result.analytic.viewersPerArm[0] : result.analytic.sessionsPerArm;
  const relative = result.truth.relative === null ? '' : ` (${formatSignedPercent(result.truth.relative, 1)})`;
  return {
    points: [...simulated, ...fitted],
    sizeUnit: result.sizeUnit,
    targetPower: result.targetPower,
    ...(chosen === null ? {} : { chosenSize: Math.round(chosen) }),
    effectLabel: `${result.contrast.name} vs ${result.contrast.control} on ${metricLabel(result.metric)}${relative}`,
    ...(analytic === null ? {} : { referenceSizes: [{ size: Math.round(analytic), label: `naive formula: ${formatCount(Math.round(analytic))}` }] }),
  };
}

