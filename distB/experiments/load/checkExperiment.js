import { MAX_ARMS } from '../schema/designSchema.js';
import { allocateByWeight } from '../units/allocateByWeight.js';
import { parsePath } from './jsonPath.js';
/** Sessions each arm needs for a session-level (cluster-robust) analysis. */
export const MIN_SESSIONS_PER_ARM = 2;
/**
 * Rules of an experiment file that involve more than one field (after the schema, before the
 * arms are merged into the base scenario): unique names, a control that exists, a factorial that
 * stays under the arm limit, each metric in one list only, enough sessions per arm for a
 * session-level analysis, settings that fit the unit. One problem per violation, with its path.
 */
export function checkExperiment(experiment, file) {
    const problems = [];
    const add = (path, message) => problems.push({ file, path, message });
    checkDesign(experiment, add);
    checkMetrics(experiment, add);
    checkUnit(experiment, add);
    return problems;
}
function checkDesign(experiment, add) {
    const design = experiment.design;
    if (design.kind === 'ab' || design.kind === 'bandit') {
        duplicates(design.arms.map((arm) => arm.name)).forEach((index) => add(`design.arms[${index}].name`, `duplicate arm name "${design.arms[index].name}"`));
        if (design.kind === 'ab' && design.control !== undefined && !design.arms.some((arm) => arm.name === design.control)) {
            add('design.control', `no arm is named "${design.control}"; expected one of ${design.arms.map((arm) => `"${arm.name}"`).join(', ')}`);
        }
    }
    if (design.kind === 'factorial') {
        duplicates(design.factors.map((factor) => factor.name)).forEach((index) => add(`design.factors[${index}].name`, `duplicate factor name "${design.factors[index].name}"`));
        design.factors.forEach((factor, f) => duplicates(factor.levels.map((level) => level.name)).forEach((index) => add(`design.factors[${f}].levels[${index}].name`, `duplicate level name "${factor.levels[index].name}"`)));
        const arms = design.factors.reduce((product, factor) => product * factor.levels.length, 1);
        if (arms > MAX_ARMS)
            add('design.factors', `the factorial has ${arms} combinations; at most ${MAX_ARMS} arms are supported`);
        const couponFactors = design.factors.filter((factor) => factor.levels.some((level) => level.coupon !== undefined));
        if (couponFactors.length > 1)
            add('design.factors', `only one factor may give coupons, but ${couponFactors.map((factor) => `"${factor.name}"`).join(' and ')} do`);
    }
    if (design.kind === 'sweep') {
        if (parsePath(design.parameter) === null)
            add('design.parameter', `"${design.parameter}" is not a field path; expected e.g. "products[0].price"`);
        duplicates(design.values.map((value) => JSON.stringify(value))).forEach((index) => add(`design.values[${index}]`, `value ${JSON.stringify(design.values[index])} appears twice`));
    }
}
function checkMetrics(experiment, add) {
    const { primary, secondary, guardrails } = experiment.metrics;
    const seen = new Map([[primary, 'metrics.primary']]);
    const lists = [['secondary', secondary], ['guardrails', guardrails]];
    for (const [list, metrics] of lists) {
        metrics.forEach((metric, index) => {
            const previous = seen.get(metric);
            if (previous !== undefined)
                add(`metrics.${list}[${index}]`, `metric "${metric}" is already listed at ${previous}; list each metric once`);
            else
                seen.set(metric, `metrics.${list}[${index}]`);
        });
    }
}
function checkUnit(experiment, add) {
    const { unit, design, analysis } = experiment;
    if (design.kind === 'sweep' || design.kind === 'bandit')
        return;
    if (unit.kind === 'session') {
        const weights = design.kind === 'factorial' ? [] : design.arms.map((arm) => arm.weight);
        const armCount = design.kind === 'factorial' ? design.factors.reduce((product, factor) => product * factor.levels.length, 1) : weights.length;
        const counts = weights.length > 0 ? allocateByWeight(armCount * experiment.sessionsPerArm, weights) : new Array(armCount).fill(experiment.sessionsPerArm);
        const fewest = Math.min(...counts);
        if (fewest < MIN_SESSIONS_PER_ARM) {
            add('sessionsPerArm', `with unit "session" every arm needs at least ${MIN_SESSIONS_PER_ARM} sessions for a session-level analysis, but one gets ${fewest}; raise sessionsPerArm`);
        }
    }
    if (analysis.cuped !== 'none' && unit.kind !== 'viewer') {
        add('analysis.cuped', `CUPED adjusts per-viewer metrics of a viewer-randomized test; with unit "${unit.kind}" use "none"`);
    }
}
/** Indexes of values that already appeared earlier in the list. */
function duplicates(values) {
    const seen = new Set();
    return values.flatMap((value, index) => {
        const repeated = seen.has(value);
        seen.add(value);
        return repeated ? [index] : [];
    });
}
//# sourceMappingURL=checkExperiment.js.map