import { scenarioDiff } from '../units/scenarioDiff.js';
import { viewerTreatment } from '../units/viewerTreatment.js';
import { formatSteps } from './jsonPath.js';
import { mergeArmScenario } from './mergeArmScenario.js';
const LABELS = new Set(['$schema', 'name', 'description', 'seed']);
/**
 * Merge every arm into the base scenario and derive what the model needs for the unit. Problems
 * of all arms are collected (each with its path in the experiment file) before giving up.
 */
export function resolveArms(base, specs, controlIndex, unit, file) {
    const problems = [];
    const merged = specs.map((spec) => {
        const result = mergeArmScenario(base, spec.changes, file);
        problems.push(...result.problems);
        return result.scenario;
    });
    if (problems.length > 0)
        return { arms: [], problems };
    const arms = specs.map((spec, index) => {
        const scenario = merged[index];
        const coupon = spec.changes.find((change) => change.coupon !== undefined)?.coupon;
        let treatment = { name: spec.name, ...(coupon ? { couponOnArrival: { value: coupon.value, adEffect: coupon.adEffect } } : {}) };
        if (unit.kind !== 'session') {
            const split = viewerTreatment(spec.name, base, scenario, coupon);
            treatment = split.treatment;
            for (const problem of split.problems)
                problems.push({ file, path: splitPath(spec, problem.path), message: problem.message });
        }
        return { spec, scenario, treatment };
    });
    const control = arms[controlIndex];
    return {
        arms: arms.map(({ spec, scenario, treatment }) => ({
            name: spec.name,
            description: spec.description,
            weight: spec.weight,
            scenario,
            treatment,
            identicalToControl: sameArm(scenario, treatment, control.scenario, control.treatment),
            ...(spec.levels ? { levels: spec.levels } : {}),
            ...(spec.sweepValue !== undefined ? { sweepValue: spec.sweepValue } : {}),
        })),
        problems,
    };
}
/** Where a change that cannot be split per viewer was written: in the arm's overrides or set. */
function splitPath(spec, steps) {
    const field = formatSteps(steps);
    for (const change of [...spec.changes].reverse()) {
        const key = Object.keys(change.set).find((candidate) => field === candidate || field.startsWith(candidate + '.') || field.startsWith(candidate + '['));
        if (key !== undefined)
            return change.setAt ?? `${change.at}.set["${key}"]`;
        if (JSON.stringify(change.overrides) !== '{}' && hasRoot(change.overrides, steps[0]))
            return `${change.at}.overrides.${field}`;
    }
    return `${spec.changes[0]?.at ?? 'design'}.overrides.${field}`;
}
function hasRoot(overrides, root) {
    return typeof root === 'string' && Object.hasOwn(overrides, root);
}
function sameArm(scenario, treatment, controlScenario, controlTreatment) {
    const differences = scenarioDiff(controlScenario, scenario).filter((difference) => !LABELS.has(String(difference.path[0])));
    const { name: _a, ...own } = treatment;
    const { name: _b, ...reference } = controlTreatment;
    return differences.length === 0 && scenarioDiff(reference, own).length === 0;
}
//# sourceMappingURL=resolveArms.js.map