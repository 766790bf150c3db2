import { parseScenario, type Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import { createStream } from '../sim/random/createStream.js';
import { normal } from '../sim/random/normal.js';
import { gamma } from '../sim/random/gamma.js';
import { PRIOR_DF } from './sessionSpread.js';
import { setPath } from './setPath.js';
import { exp } from '../math/index.js';

/**
 * One draw of the fitted coefficients from their estimated sampling distributions, written into
 * the fitted plan: each non-held estimate independently, on the log scale when its interval was
 * made there (θ̂·e^(sZ), s = se/θ̂) and on its own scale otherwise (θ̂ + se·Z, floored at 0
 * except for the purchase baseline, probabilities capped at 1). Segment shares are renormalised to sum to 1. Simulating one session per draw
 * gives prediction intervals that carry the estimation uncertainty as well as session-to-session
 * noise (a parametric bootstrap; Efron & Tibshirani 1993, §6.5). Correlations between estimates
 * are left out. A session spread (session.variation.*Sd, S sessions) is drawn from its scaled
 * inverse-χ² posterior ν·σ̂²/χ²_ν and widened to σ·√(1 + 1/S): the simulated session then lands
 * where a new session may, around a mean level known only to σ/√S (Gelman et al. 2013, §3.3). The stream is `fit.coefficients` of (seed, draw), so draws are reproducible.
 */
export function drawCoefficients(fitted: Scenario, estimates: readonly FitEstimate[], seed: number, draw: number): Scenario {
  const z = normal(createStream(seed, draw, 'fit.coefficients'))(0, 1);
  const json = structuredClone(fitted) as unknown as Record<string, unknown>;
  const sessions = fitted.fit?.inputs.reduce((sum, input) => sum + input.sessions, 0) ?? 0;
  const chiSquare = gamma(createStream(seed, draw, 'fit.sessionSpread'));
  for (const e of estimates) {
    if (e.held || e.se === undefined || !Number.isFinite(e.se) || e.interval === undefined) continue;
    if (e.method === 'random-effects-moments' && sessions >= 2) {
      // σ² from its posterior ν·σ̂²/χ²_ν, widened by (1 + 1/S) for the uncertainty of the mean level (docs/fit.md § Several sessions).
      const df = PRIOR_DF + sessions - 1;
      const variance = (df * e.value * e.value) / chiSquare(df / 2, 2)();
      setPath(json, e.path, Math.min(2, Math.sqrt(variance * (1 + 1 / sessions))));
      continue;
    }
    const logScale = e.value > 0 && Math.abs(e.interval[0] * e.interval[1] - e.value * e.value) < 1e-9 * e.value * e.value;
    // Every fitted quantity is a rate, time, share or probability (≥ 0) except the purchase log-odds baseline.
    const floor = e.path === 'purchase.baseline' || e.path.endsWith('trustShift') || e.value < 0 ? -Infinity : 0;
    const value = logScale ? e.value * exp((e.se / e.value) * z()) : Math.max(floor, e.value + e.se * z());
    setPath(json, e.path, e.path.endsWith('Probability') || e.path.endsWith('openRate') || e.path.endsWith('bounce.share') ? Math.min(1, value) : withinSchema(e.path, value));
  }
  const segments = (json.audience as { segments: { share: number }[] }).segments;
  const total = segments.reduce((sum, segment) => sum + segment.share, 0);
  for (const segment of segments) segment.share /= total;
  return parseScenario(json);
}

/** A drawn trust shift stays within the schema's [−1, 1], a drawn elasticity within [0, 5]. */
function withinSchema(path: string, value: number): number {
  if (path.endsWith('trustShift')) return Math.max(-1, Math.min(1, value));
  if (path.endsWith('recommendation.elasticity')) return Math.min(5, value);
  return value;
}
