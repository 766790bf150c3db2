import { factorialArms } from './factorialArms.js';
/**
 * Design → arms:
 * - ab: the arms as written; control named by `control` or the first arm;
 * - factorial: every combination of levels (`factorialArms`); control = all baselines;
 * - sweep: one arm per value, setting the parameter; the first value is the reference;
 * - bandit: the arms as written (the bandit runner allocates sessions among them).
 * An unknown control name is reported by `checkExperiment`; here it falls back to the first arm.
 */
export function expandDesign(design) {
    if (design.kind === 'factorial')
        return { arms: factorialArms(design), controlIndex: 0 };
    if (design.kind === 'sweep') {
        const arms = design.values.map((value, index) => ({
            name: `${design.parameter}=${String(value)}`,
            description: '',
            weight: 1,
            changes: [{ overrides: {}, set: { [design.parameter]: value }, at: `design.values[${index}]`, setAt: `design.values[${index}]` }],
            sweepValue: value,
        }));
        return { arms, controlIndex: 0 };
    }
    const arms = design.arms.map((arm, index) => ({
        name: arm.name,
        description: arm.description,
        weight: arm.weight,
        changes: [{ overrides: arm.overrides, set: arm.set, coupon: arm.coupon, at: `design.arms[${index}]` }],
    }));
    const named = design.kind === 'ab' && design.control !== undefined ? arms.findIndex((arm) => arm.name === design.control) : 0;
    return { arms, controlIndex: Math.max(0, named) };
}
//# sourceMappingURL=expandDesign.js.map