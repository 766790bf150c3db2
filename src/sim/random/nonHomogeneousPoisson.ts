import type { Rng } from './Rng.js';
import { requireFinite, requireNonNegative, requireRng } from './parameterChecks.js';
import { log1p } from '../../math/index.js';

/** The arrival times of a non-homogeneous Poisson process, one at a time. */
export interface PoissonProcessTimes {
  /** Next accepted event time (strictly increasing), or Infinity once the window is over. */
  next(): number;
  /** Candidates drawn so far inside [start, end), accepted or not. */
  readonly candidates: number;
}

/**
 * Non-homogeneous Poisson process with intensity `rate(t)` on [start, end), by thinning:
 * candidates come from a homogeneous process of rate `maxRate` (exponential gaps) and the one at
 * time t is kept with probability rate(t) / maxRate. Correct whenever 0 ≤ rate(t) ≤ maxRate on
 * the window; a rate outside that range is a programmer error and throws `RangeError` when met.
 * The expected number of accepted events is ∫ rate(t) dt over [start, end); the expected number
 * of candidates is maxRate · (end − start).
 * Source: Lewis & Shedler (1979), "Simulation of nonhomogeneous Poisson processes by thinning",
 * Naval Research Logistics Quarterly 26(3), 403–413.
 *
 * @example
 * const arrivals = nonHomogeneousPoisson(rng, (t) => 50 * (0.5 + 0.5 * sin(Math.PI * t / 3600)), 50, 0, 3600);
 * arrivals.next(); // first arrival time, e.g. 0.0371…
 */
export function nonHomogeneousPoisson(
  rng: Rng,
  rate: (t: number) => number,
  maxRate: number,
  start: number,
  end: number,
): PoissonProcessTimes {
  requireRng('nonHomogeneousPoisson', rng);
  requireNonNegative('nonHomogeneousPoisson', 'maxRate', maxRate);
  requireFinite('nonHomogeneousPoisson', 'start', start);
  if (!(end >= start)) throw new RangeError(`nonHomogeneousPoisson: end (${end}) must be ≥ start (${start})`);
  const meanGap = maxRate > 0 ? 1 / maxRate : Infinity;
  let time = start;
  let candidates = 0;
  return {
    next(): number {
      for (;;) {
        time -= meanGap * log1p(-rng());
        if (!(time < end)) {
          time = Infinity;
          return Infinity;
        }
        candidates++;
        const intensity = rate(time);
        if (!(intensity >= 0 && intensity <= maxRate)) {
          throw new RangeError(`nonHomogeneousPoisson: rate(${time}) = ${intensity} is outside [0, maxRate = ${maxRate}]`);
        }
        if (rng() * maxRate < intensity) return time;
      }
    },
    get candidates(): number {
      return candidates;
    },
  };
}
