import type { Recommendation } from '../scenario/index.js';
import type { MinuteSeries } from './MinuteSeries.js';
import { pow } from '../../math/index.js';

/**
 * The platform's recommendation of the room (the "traffic pool", docs/model.md § Traffic): the
 * organic arrival rate is multiplied by
 *
 *   r(t) = clamp((E / E_ref)^elasticity, floor, cap),
 *   E = Σ (interactions_m + purchaseWeight · orders_m) / Σ viewerMinutes_m
 *
 * over the `windowMinutes` whole minutes m that end `lagMinutes` before the current minute. The
 * multiplier is 1 until a full window exists or while the window saw no viewers. Organic
 * candidates arrive at cap × the organic rate and each is admitted with probability r(t) / cap
 * (thinning), so the process stays exact while r changes once a minute.
 */
export class RecommendationPool {
  readonly cap: number;
  private minute = -1;
  private multiplier = 1;

  constructor(private readonly settings: Recommendation) {
    this.cap = settings.cap;
  }

  /** r(t) for the minute that holds `now`; `viewers` closes the concurrency integral up to now. */
  multiplierAt(series: MinuteSeries, now: number, viewers: number): number {
    const minute = series.minuteOf(now);
    if (minute === this.minute) return this.multiplier;
    this.minute = minute;
    const { lagMinutes, windowMinutes } = this.settings;
    const last = minute - lagMinutes;
    const first = last - windowMinutes + 1;
    if (first < 0) return (this.multiplier = 1);
    series.viewersChanged(now, viewers);
    let score = 0;
    let viewerSeconds = 0;
    for (let m = first; m <= last; m++) {
      score += series.interactions[m] + this.settings.purchaseWeight * series.orders[m];
      viewerSeconds += series.viewerSeconds[m];
    }
    if (!(viewerSeconds > 0)) return (this.multiplier = 1);
    const ratio = score / (viewerSeconds / 60) / this.settings.referencePerViewerMinute;
    const raw = pow(ratio, this.settings.elasticity);
    return (this.multiplier = Math.min(this.cap, Math.max(this.settings.floor, raw)));
  }
}
