import { solveArmSizes } from './solveArmSizes.js';
import { powerAtDelta } from './powerForEffect.js';
import type { Effect, EffectSize, PowerDesign } from './powerDesign.js';

export interface SampleSizePlan {
  /** Units in [control, treatment], each rounded up. */
  readonly perArm: [number, number];
  /** perArm[0] + perArm[1]. */
  readonly total: number;
  /** Total units before rounding (the exact solution of power(N) = target). */
  readonly exactTotal: number;
  readonly effect: EffectSize;
  /** Power actually reached with the rounded arm sizes (≥ the target). */
  readonly power: number;
}

/**
 * Units needed to detect `effect` with probability `power`: solves powerForEffect(N) = power for
 * the total N (bisection; `powerForEffect` documents the formula), then rounds each arm up,
 * n_k = ⌈N·s_k⌉. For an equal split this is the per-arm n of statsmodels
 * `NormalIndPower().solve_power` (means) and R `power.prop.test(strict = TRUE)` (proportions),
 * rounded up. O(log N) power evaluations.
 *
 * @example sampleSizeForEffect({ kind: 'proportion', baseline: 0.1, alpha: 0.05, sides: 'two', split: [50, 50] }, { value: 0.02, relative: false }, 0.8).perArm // [3841, 3841]
 */
export function sampleSizeForEffect(design: PowerDesign, effect: Effect, power: number): SampleSizePlan {
  const { delta, exactTotal, perArm } = solveArmSizes(design, effect, power, powerAtDelta);
  const achieved = powerAtRounded(design, perArm, delta);
  return { perArm, total: perArm[0] + perArm[1], exactTotal, effect: effectSize(design, delta), power: achieved };
}

/** Power at the rounded arm sizes: the design's split replaced by the actual counts. */
function powerAtRounded(design: PowerDesign, perArm: [number, number], delta: number): number {
  return powerAtDelta({ ...design, split: perArm }, perArm[0] + perArm[1], delta);
}

export function effectSize(design: PowerDesign, delta: number): EffectSize {
  return { absolute: delta, relative: design.baseline === 0 ? Infinity * Math.sign(delta) : delta / design.baseline };
}
