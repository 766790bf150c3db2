import type { ReturningViewers } from '../../sim/model/ReturningViewers.js';
import type { Rng } from '../../sim/random/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { FollowerColumns } from './FollowerLog.js';
import type { SeasonSettings } from './seasonSettings.js';
import { exp, expm1, log, log1p } from '../../math/index.js';

/**
 * Which followers of session k come back to session k + 1, when, and with what (docs/
 * bandit-and-power.md § Seasons). In follower order, from one stream:
 *
 *   returns  if U₁ < returnProbability (of session k's scenario)
 *   arrives  at t = −τ·ln(1 − U₂·(1 − e^(−T/τ)))   (exponential of mean τ = notificationDecayMinutes,
 *            truncated to the session length T of session k + 1)
 *   carries  interest σ(logit I₀ + returningInterestBoost) and trust shift + returningTrustBoost
 *            (capped at trust 1) the first time they return, unchanged afterwards; everything else
 *            as recorded
 *
 * and sorted by arrival time (ties by follower order).
 */
export function returningFollowers(followers: FollowerColumns, returnProbability: number, next: Scenario, settings: SeasonSettings, rng: Rng): ReturningViewers {
  const T = next.session.durationMinutes * 60;
  const tau = settings.notificationDecayMinutes * 60;
  const within = -expm1(-T / tau);
  const chosen: { index: number; arrival: number }[] = [];
  for (let index = 0; index < followers.segment.length; index++) {
    if (!(rng() < returnProbability)) continue;
    // Never exactly T: the arrival must fall inside the session.
    chosen.push({ index, arrival: Math.min(-tau * log1p(-rng() * within), T * (1 - 1e-12)) });
  }
  chosen.sort((a, b) => a.arrival - b.arrival || a.index - b.index);
  return carried(followers, chosen, next, settings);
}

function carried(followers: FollowerColumns, chosen: readonly { index: number; arrival: number }[], next: Scenario, settings: SeasonSettings): ReturningViewers {
  const pick = (column: readonly number[]) => chosen.map(({ index }) => column[index]);
  const first = chosen.map(({ index }) => followers.wasReturning[index] === 0);
  const trust = next.audience.segments.map((segment) => segment.trustInHost);
  return {
    count: chosen.length,
    arrival: Float64Array.from(chosen, ({ arrival }) => arrival),
    segment: Int32Array.from(pick(followers.segment)),
    tag: Int16Array.from(pick(followers.tag)),
    ageBand: Int16Array.from(pick(followers.ageBand)),
    gender: Int16Array.from(pick(followers.gender)),
    region: Int16Array.from(pick(followers.region)),
    baseInterest: Float64Array.from(pick(followers.baseInterest), (interest, i) => (first[i] ? boostInterest(interest, settings.returningInterestBoost) : interest)),
    willingnessToPay: Float64Array.from(pick(followers.willingnessToPay)),
    propensity: Float64Array.from(pick(followers.propensity)),
    trustShift: Float64Array.from(pick(followers.trustShift), (shift, i) => {
      const segmentTrust = trust[followers.segment[chosen[i].index]];
      return first[i] ? Math.min(shift + settings.returningTrustBoost, 1 - segmentTrust) : shift;
    }),
    bought: Uint32Array.from(pick(followers.bought)),
  };
}

/** σ(logit I + boost), for I in (0, 1). */
function boostInterest(interest: number, boost: number): number {
  if (!(interest > 0 && interest < 1) || boost === 0) return interest;
  const logit = log(interest) - log1p(-interest) + boost;
  return 1 / (1 + exp(-logit));
}
