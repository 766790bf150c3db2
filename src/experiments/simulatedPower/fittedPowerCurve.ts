import { normalCdf } from '../../stats/distributions/index.js';
import type { FittedPowerPoint } from '../../results/index.js';

/** Sizes the fitted curve is given at: enough for a smooth line between the simulated sizes. */
export const FITTED_CURVE_POINTS = 25;

/**
 * The probit fit power = Φ(a + b√n) at 25 sizes spanning the simulated ones, evenly spaced in √n
 * (where the fit is linear). Computed here so that the report draws the curve without computing a
 * statistic.
 * @example fittedPowerCurve({ intercept: -2, slope: 1 }, 1, 9)[0] // { sessionsPerArm: 1, power: Φ(−1) ≈ 0.1587 }
 */
export function fittedPowerCurve(fit: { readonly intercept: number; readonly slope: number }, smallest: number, largest: number): FittedPowerPoint[] {
  const low = Math.sqrt(smallest);
  const high = Math.sqrt(largest);
  return Array.from({ length: FITTED_CURVE_POINTS }, (_, i) => {
    const root = low + ((high - low) * i) / (FITTED_CURVE_POINTS - 1);
    return { sessionsPerArm: root * root, power: normalCdf(fit.intercept + fit.slope * root) };
  });
}
