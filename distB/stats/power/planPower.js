import { minimumDetectableEffect } from './minimumDetectableEffect.js';
import { absoluteEffect } from './powerDesign.js';
import { powerAtDelta } from './powerForEffect.js';
import { effectSize, sampleSizeForEffect } from './sampleSizeForEffect.js';
import { sequentialMinimumDetectableEffect, sequentialPowerAtDelta, sequentialSampleSize } from './sequentialPower.js';
const CURVE_MULTIPLES = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];
/**
 * Analytic plan for `livelift power`, fixed-horizon or sequential:
 *
 *   request ─▶ sample size (effect given) ─▶ MDE + power curve (total given) ─▶ power (both)
 */
export function planPower(request) {
    const design = { kind: request.kind, baseline: request.baseline, sd: request.sd, alpha: request.alpha, sides: request.sides, split: request.split };
    const sequential = request.tuning === undefined ? null : { ...design, tuning: request.tuning };
    const at = (total, delta) => (sequential ? sequentialPowerAtDelta(sequential, total, delta) : powerAtDelta(design, total, delta));
    const plan = {
        design: { ...design, targetPower: request.targetPower, sequential: sequential ? { tuning: sequential.tuning } : null },
    };
    if (request.effect)
        plan.sampleSize = sampleSizePart(design, sequential, request.effect, request.targetPower);
    if (request.totalUnits !== undefined) {
        const total = request.totalUnits;
        plan.totalUnits = total;
        plan.mde = sequential ? sequentialMinimumDetectableEffect(sequential, total, request.targetPower) : minimumDetectableEffect(design, total, request.targetPower);
        if (request.effect)
            plan.power = at(total, absoluteEffect(design, request.effect));
        if (plan.mde) {
            const mde = plan.mde.absolute;
            plan.curve = CURVE_MULTIPLES.map((multiple) => mde * multiple)
                .filter((delta) => design.kind === 'mean' || (design.baseline + delta > 0 && design.baseline + delta < 1))
                .map((delta) => ({ effect: effectSize(design, delta), power: at(total, delta) }));
        }
    }
    return plan;
}
function sampleSizePart(design, sequential, effect, power) {
    if (sequential) {
        const plan = sequentialSampleSize(sequential, effect, power);
        const [control, treatment] = plan.perArm;
        return { effect: plan.effect, perArm: { control, treatment }, total: plan.total, achievedPower: plan.power, fixedHorizonTotal: plan.fixedHorizonTotal, inflation: plan.inflation };
    }
    const plan = sampleSizeForEffect(design, effect, power);
    const [control, treatment] = plan.perArm;
    return { effect: plan.effect, perArm: { control, treatment }, total: plan.total, achievedPower: plan.power };
}
//# sourceMappingURL=planPower.js.map