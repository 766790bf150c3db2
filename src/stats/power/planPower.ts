import { minimumDetectableEffect } from './minimumDetectableEffect.js';
import { absoluteEffect, type Effect, type EffectSize, type PowerDesign } from './powerDesign.js';
import { powerAtDelta } from './powerForEffect.js';
import { effectSize, sampleSizeForEffect } from './sampleSizeForEffect.js';
import { sequentialMinimumDetectableEffect, sequentialPowerAtDelta, sequentialSampleSize } from './sequentialPower.js';

/** What to plan: a design, a target power, and an effect (→ sample size), a total (→ MDE), or both (→ power). */
export interface PowerRequest extends PowerDesign {
  readonly targetPower: number;
  readonly effect?: Effect;
  readonly totalUnits?: number;
  /** Plan for the asymptotic confidence sequence with this tuning sample size. */
  readonly tuning?: number;
}

export interface PowerPlan {
  readonly design: PowerDesign & { readonly targetPower: number; readonly sequential: { readonly tuning: number } | null };
  /** Units needed for `effect` (when an effect was given). */
  readonly sampleSize?: {
    readonly effect: EffectSize;
    readonly perArm: { readonly control: number; readonly treatment: number };
    readonly total: number;
    readonly achievedPower: number;
    /** Sequential plans: the fixed-horizon total and the inflation factor. */
    readonly fixedHorizonTotal?: number;
    readonly inflation?: number;
  };
  /** Smallest effect detected with the target power by `totalUnits` (null: none in range). */
  readonly mde?: EffectSize | null;
  /** Power for `effect` at `totalUnits` (when both were given). */
  readonly power?: number;
  /** Power against effect size at `totalUnits`: 0.25× to 2× the MDE. */
  readonly curve?: { readonly effect: EffectSize; readonly power: number }[];
  readonly totalUnits?: number;
}

const CURVE_MULTIPLES = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

/**
 * Analytic plan for `livelift power`, fixed-horizon or sequential:
 *
 *   request ─▶ sample size (effect given) ─▶ MDE + power curve (total given) ─▶ power (both)
 */
export function planPower(request: PowerRequest): PowerPlan {
  const design: PowerDesign = { kind: request.kind, baseline: request.baseline, sd: request.sd, alpha: request.alpha, sides: request.sides, split: request.split };
  const sequential = request.tuning === undefined ? null : { ...design, tuning: request.tuning };
  const at = (total: number, delta: number): number => (sequential ? sequentialPowerAtDelta(sequential, total, delta) : powerAtDelta(design, total, delta));
  const plan: { -readonly [K in keyof PowerPlan]: PowerPlan[K] } = {
    design: { ...design, targetPower: request.targetPower, sequential: sequential ? { tuning: sequential.tuning } : null },
  };
  if (request.effect) plan.sampleSize = sampleSizePart(design, sequential, request.effect, request.targetPower);
  if (request.totalUnits !== undefined) {
    const total = request.totalUnits;
    plan.totalUnits = total;
    plan.mde = sequential ? sequentialMinimumDetectableEffect(sequential, total, request.targetPower) : minimumDetectableEffect(design, total, request.targetPower);
    if (request.effect) plan.power = at(total, absoluteEffect(design, request.effect));
    if (plan.mde) {
      const mde = plan.mde.absolute;
      plan.curve = CURVE_MULTIPLES.map((multiple) => mde * multiple)
        .filter((delta) => design.kind === 'mean' || (design.baseline + delta > 0 && design.baseline + delta < 1))
        .map((delta) => ({ effect: effectSize(design, delta), power: at(total, delta) }));
    }
  }
  return plan;
}

function sampleSizePart(design: PowerDesign, sequential: (PowerDesign & { tuning: number }) | null, effect: Effect, power: number): PowerPlan['sampleSize'] {
  if (sequential) {
    const plan = sequentialSampleSize(sequential, effect, power);
    const [control, treatment] = plan.perArm;
    return { effect: plan.effect, perArm: { control, treatment }, total: plan.total, achievedPower: plan.power, fixedHorizonTotal: plan.fixedHorizonTotal, inflation: plan.inflation };
  }
  const plan = sampleSizeForEffect(design, effect, power);
  const [control, treatment] = plan.perArm;
  return { effect: plan.effect, perArm: { control, treatment }, total: plan.total, achievedPower: plan.power };
}
