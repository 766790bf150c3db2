import type { ArrivalRate } from '../scenario/index.js';
import { sin } from '../../math/index.js';

/** An arrival intensity in viewers per second, with its maximum (the thinning bound). */
export interface ArrivalIntensity {
  rate: (t: number) => number;
  maxRate: number;
  /** ∫₀ᵀ λ(t) dt, the expected number of organic arrivals (for docs and tests). */
  expectedArrivals: number;
}

/**
 * The organic arrival rate λ(t) of a scenario, converted to viewers per second (t in seconds):
 * - constant: λ = perMinute / 60;
 * - curve: per-minute points joined linearly (or held as steps), flat beyond the ends;
 * - sine: λ(t) = peak · (floor + (1 − floor) · sin(π t / T)) / 60.
 * The maximum is exact for all three forms, so thinning keeps exactly the intended candidates.
 */
export function organicArrivalRate(spec: ArrivalRate, durationSeconds: number): ArrivalIntensity {
  const T = durationSeconds;
  if (spec.kind === 'constant') {
    const rate = spec.perMinute / 60;
    return { rate: () => rate, maxRate: rate, expectedArrivals: rate * T };
  }
  if (spec.kind === 'sine') {
    const peak = spec.peakPerMinute / 60;
    const floor = spec.floorFraction;
    const omega = Math.PI / T;
    const rate = (t: number) => peak * (floor + (1 - floor) * sin(omega * t));
    // ∫₀ᵀ sin(π t / T) dt = 2T / π.
    return { rate, maxRate: peak, expectedArrivals: peak * (floor * T + ((1 - floor) * 2 * T) / Math.PI) };
  }
  const minutes = spec.points.map(([minute]) => minute * 60);
  const values = spec.points.map(([, perMinute]) => perMinute / 60);
  const rate = spec.interpolation === 'step' ? stepCurve(minutes, values) : linearCurve(minutes, values);
  return { rate, maxRate: Math.max(...values), expectedArrivals: integrate(rate, T) };
}

function linearCurve(times: number[], values: number[]): (t: number) => number {
  const last = times.length - 1;
  return (t) => {
    if (t <= times[0]) return values[0];
    if (t >= times[last]) return values[last];
    const i = segmentIndex(times, t);
    const fraction = (t - times[i]) / (times[i + 1] - times[i]);
    return values[i] + fraction * (values[i + 1] - values[i]);
  };
}

function stepCurve(times: number[], values: number[]): (t: number) => number {
  return (t) => (t <= times[0] ? values[0] : values[segmentIndex(times, t)]);
}

/** Last i with times[i] ≤ t (t ≥ times[0]). */
function segmentIndex(times: number[], t: number): number {
  let low = 0;
  let high = times.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (times[middle] <= t) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Midpoint rule over one-second steps: exact enough for a documentation figure. */
function integrate(rate: (t: number) => number, T: number): number {
  let total = 0;
  const steps = Math.max(1, Math.ceil(T));
  const h = T / steps;
  for (let k = 0; k < steps; k++) total += rate((k + 0.5) * h) * h;
  return total;
}
