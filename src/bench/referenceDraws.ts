import { beta, createStream, exponential, nonHomogeneousPoisson, type PoissonProcessTimes, type Rng } from '../sim/random/index.js';

/** Simulated seconds of the reference session. */
export const REFERENCE_SECONDS = 3600;

/** The random draws of the reference workload (/work/shared/bench/REFERENCE-MODEL.md), seeded. */
export interface ReferenceDraws {
  /** Arrival times: thinning of λ(t) = 50·m·(0.5 + 0.5·sin(πt/T)) per second (m: rate multiplier). */
  readonly arrivalTimes: PoissonProcessTimes;
  /** Interest ~ Beta(2, 5). */
  readonly interest: () => number;
  /** Watch time ~ Exponential(mean 300 s). */
  readonly watch: () => number;
  /** Gap to the next chat ~ Exponential(mean 60 s). */
  readonly chatGap: () => number;
  /** Uniforms for purchase decisions. */
  readonly decision: Rng;
}

/** The draws both hand-written benchmark loops use: one stream per part of the workload. */
export function referenceDraws(seed: number, rateMultiplier = 1): ReferenceDraws {
  const maxRate = 50 * rateMultiplier;
  const rate = (t: number): number => maxRate * (0.5 + 0.5 * Math.sin((Math.PI * t) / REFERENCE_SECONDS));
  return {
    arrivalTimes: nonHomogeneousPoisson(createStream(seed, 0, 'arrivals'), rate, maxRate, 0, REFERENCE_SECONDS),
    interest: beta(createStream(seed, 0, 'interest'))(2, 5),
    watch: exponential(createStream(seed, 0, 'watch'))(1 / 300),
    chatGap: exponential(createStream(seed, 0, 'chat'))(1 / 60),
    decision: createStream(seed, 0, 'decision'),
  };
}
