import { sampleSizeForEffect } from '../../stats/index.js';
import { METRICS } from '../schema/metrics.js';
/**
 * Analytic sample size ignoring clustering (`sampleSizeForEffect`: R `power.prop.test` for
 * proportions, statsmodels `NormalIndPower` for means) for the model's true baseline, per-viewer
 * sd and effect, converted to sessions with the simulated viewers per session. Null when no
 * formula applies: a ratio metric (average order value, chat rate), a baseline rate of 0 or 1,
 * no variation, no effect, or an effect against a one-sided alternative.
 */
export function naiveAnalyticPlan(inputs) {
    const definition = METRICS[inputs.metric];
    const { control, effect } = inputs;
    if (definition.kind === 'ratio' || !(control.n > 1) || !(effect !== 0) || againstAlternative(inputs))
        return null;
    const baseline = control.sum / control.n;
    const variance = Math.max(0, control.sumSquares / control.n - baseline * baseline);
    if (definition.kind === 'proportion' && !(baseline > 0 && baseline < 1 && baseline + effect > 0 && baseline + effect < 1))
        return null;
    if (definition.kind === 'mean' && !(variance > 0))
        return null;
    const sd = definition.kind === 'mean' ? Math.sqrt(variance) : null;
    const design = { kind: definition.kind, baseline, ...(sd === null ? {} : { sd }), alpha: inputs.alpha, sides: inputs.sides, split: inputs.split };
    const plan = sampleSizeForEffect(design, { value: effect, relative: false }, inputs.targetPower);
    return {
        test: definition.kind === 'proportion' ? 'two-proportion z-test' : 'two-sample test of means',
        baseline,
        sd,
        effect,
        viewersPerArm: plan.perArm,
        sessionsPerArm: plan.exactTotal * (inputs.split[0] / (inputs.split[0] + inputs.split[1])) / inputs.controlViewersPerSession,
    };
}
function againstAlternative(inputs) {
    return (inputs.sides === 'greater' && inputs.effect < 0) || (inputs.sides === 'less' && inputs.effect > 0);
}
//# sourceMappingURL=naiveAnalyticPlan.js.map