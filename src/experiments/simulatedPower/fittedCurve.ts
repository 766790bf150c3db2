import { normalCdf } from '../../stats/index.js';
import type { ProbitFit } from './probitFit.js';

/** Points of the fitted curve the chart draws. */
const CURVE_POINTS = 25;

/**
 * The fitted power curve Φ(a + b√n) at 25 sizes from `low` to `high` sessions per arm, evenly in
 * √n (where the fit is linear). The result carries these numbers so that the report draws the
 * curve without computing a distribution function itself.
 */
export function fittedCurve(fit: Pick<ProbitFit, 'intercept' | 'slope'>, low: number, high: number): { sessionsPerArm: number; power: number }[] {
  const from = Math.sqrt(low);
  const to = Math.sqrt(Math.max(low, high));
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const root = from + ((to - from) * i) / (CURVE_POINTS - 1);
    return { sessionsPerArm: root * root, power: normalCdf(fit.intercept + fit.slope * root) };
  });
}
