import { wilsonInterval } from '../../experiments/aggregate/wilsonInterval.js';
import { createStream } from '../../sim/random/createStream.js';
import { compareProportions } from '../../stats/compareProportions.js';
import { powerForEffect } from '../../stats/power/powerForEffect.js';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../stats/types.js';
import { binomialDraw, conversionStats } from './binomialDraw.js';

/** Settings of the power lab (all in the address). */
export interface PowerSettings {
  seed: number;
  /** Control conversion. */
  baseline: number;
  /** Relative lift of the treatment, e.g. 0.2 for +20%. */
  lift: number;
  alpha: number;
  /** Largest number of viewers per arm on the curve. */
  maxViewers: number;
  /** Simulated experiments per size. */
  trials: number;
}

export interface PowerLabPoint {
  size: number;
  power: number;
  curve: 'simulation' | 'formula';
  lo?: number;
  hi?: number;
}

/**
 * Power of the two-proportion z-test by simulation beside the formula, at eight sizes up to
 * `maxViewers` viewers per arm: each simulated experiment draws both arms' buyers (its own stream
 * (seed, size index × trials + trial, "power-lab")) and runs the engine's `compareProportions`;
 * the formula is the engine's `powerForEffect` (normal approximation, pooled null SE). The two
 * agree within the simulation's Wilson interval when the normal approximation holds.
 */
export function powerLab(settings: PowerSettings): PowerLabPoint[] {
  const { baseline, lift, alpha, trials } = settings;
  const treated = baseline * (1 + lift);
  if (!(treated > 0 && treated < 1)) throw new RangeError(`baseline × (1 + lift) must be in (0, 1), got ${treated}`);
  const sizes = Array.from({ length: 8 }, (_, index) => Math.max(10, Math.round((settings.maxViewers * (index + 1)) / 8)));
  const options = { ...DEFAULT_ANALYSIS_OPTIONS, alpha };
  return sizes.flatMap((size, sizeIndex) => {
    let detected = 0;
    for (let trial = 0; trial < trials; trial++) {
      const rng = createStream(settings.seed, sizeIndex * trials + trial, 'power-lab');
      const control = conversionStats(size, binomialDraw(rng, size, baseline));
      const treatment = conversionStats(size, binomialDraw(rng, size, treated));
      if (compareProportions(control, treatment, options).absolute.pValue <= alpha) detected++;
    }
    const [lo, hi] = wilsonInterval(detected, trials);
    const formula = powerForEffect({ kind: 'proportion', baseline, alpha, sides: 'two', split: [1, 1] }, 2 * size, { value: lift, relative: true });
    return [
      { size, power: detected / trials, curve: 'simulation' as const, lo, hi },
      { size, power: formula, curve: 'formula' as const },
    ];
  });
}
