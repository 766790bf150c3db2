import { incompleteGammaTails, logGamma, normalSurvival } from '../stats/distributions/index.js';
import type { WatchTime } from '../sim/scenario/index.js';
import { exp, log } from '../math/index.js';

const LOG_SQRT_2PI = 0.5 * log(2 * Math.PI);

/**
 * A watch-time family on the log scale of its parameters (so every value of the vector is valid):
 * log density and log survival of patience u (seconds of operational time), the plan's values as a
 * starting vector, and the scenario fields the fitted vector writes back (in minutes).
 *   exponential(mean μ): log f = −log μ − u/μ, log S = −u/μ
 *   lognormal(median m, σ): z = (log u − log m)/σ, log f = −log u − log σ − ½log 2π − z²/2, log S = log Φ̄(z)
 *   gamma(mean μ, shape k), θ = μ/k: log f = (k − 1) log u − u/θ − k log θ − log Γ(k), S = Q(k, u/θ)
 */
export interface WatchTimeFamily {
  names: string[];
  start: number[];
  logDensity(u: number, x: Float64Array, offset: number): number;
  logSurvival(u: number, x: Float64Array, offset: number): number;
}

export function watchTimeFamily(watch: WatchTime): WatchTimeFamily {
  switch (watch.kind) {
    case 'exponential':
      return {
        names: ['meanMinutes'],
        start: [log(watch.meanMinutes * 60)],
        logDensity: (u, x, o) => -x[o] - u / exp(x[o]),
        logSurvival: (u, x, o) => -u / exp(x[o]),
      };
    case 'lognormal':
      return {
        names: ['medianMinutes', 'sigma'],
        start: [log(watch.medianMinutes * 60), log(watch.sigma)],
        logDensity: (u, x, o) => {
          const z = (log(u) - x[o]) / exp(x[o + 1]);
          return -log(u) - x[o + 1] - LOG_SQRT_2PI - 0.5 * z * z;
        },
        logSurvival: (u, x, o) => log(Math.max(normalSurvival((log(u) - x[o]) / exp(x[o + 1])), 1e-300)),
      };
    case 'gamma':
      return {
        names: ['meanMinutes', 'shape'],
        start: [log(watch.meanMinutes * 60), log(watch.shape)],
        logDensity: (u, x, o) => {
          const k = exp(x[o + 1]);
          const logTheta = x[o] - x[o + 1];
          return (k - 1) * log(u) - u / exp(logTheta) - k * logTheta - logGamma(k);
        },
        logSurvival: (u, x, o) => {
          const k = exp(x[o + 1]);
          // Far outside any plausible watch time the series may not converge: such a point is simply not the optimum.
          if (!(k < 1e6 && Math.abs(x[o]) < 50)) return -Infinity;
          return log(Math.max(incompleteGammaTails(k, u / exp(x[o] - x[o + 1]))[1], 1e-300));
        },
      };
  }
}

/** The scenario value of parameter i of a fitted log vector: times become minutes, shapes stay. */
export function naturalValue(name: string, logValue: number): { value: number; logScale: number } {
  const perMinute = name.endsWith('Minutes') ? log(60) : 0;
  return { value: exp(logValue - perMinute), logScale: logValue - perMinute };
}
