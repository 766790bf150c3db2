import type { SessionState } from './SessionState.js';
import { ACTS, STAY_WORDS } from './ViewerTable.js';
import { exp, log, log1p } from '../../math/index.js';

/**
 * Interest I = f(U, E, C) of the viewer in `slot` in a product, now (docs/model.md § Interest):
 *
 *   I = σ( logit I₀ + topicAffinity·match(topic, product) + engagement·min(acts, sat)/sat
 *          + rating·(stars − 4) + hostExpertise·expertise(product) + G(now) − G(arrival) )
 *
 * where G is the content clock (interest growth per minute of each segment watched). With every
 * coefficient 0 it is the interest the viewer arrived with, I₀ ~ Beta(α, β).
 */
export function interestOf(session: SessionState, slot: number, product: number): number {
  const { table, products, plan } = session;
  const coefficients = session.scenario.interest;
  let shift = products.interestShift[product];
  const tag = table.tag[slot];
  if (tag >= 0) shift += coefficients.topicAffinity * products.topicMatch[tag * products.count + product];
  if (coefficients.engagement !== 0) {
    const a = slot * STAY_WORDS + ACTS;
    const acts = table.stayWords[a] + table.stayWords[a + 1] + table.stayWords[a + 2] + table.stayWords[a + 3];
    const saturation = coefficients.engagementSaturation;
    shift += (coefficients.engagement * Math.min(acts, saturation)) / saturation;
  }
  if (plan.hasGrowth) {
    shift += plan.growthClock.cumulativeAt(session.env.now) - table.growthAtArrival[slot];
  }
  const base = table.baseInterest[slot];
  // No shift: the arrival interest itself (exact, no logit round trip).
  if (shift === 0) return base;
  const logit = log(base) - log1p(-base) + shift;
  return 1 / (1 + exp(-logit));
}
