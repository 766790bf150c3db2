/**
 * All combinations of factor levels, the first factor varying slowest (so arm 0 is every
 * factor's baseline). Arm names join the level names with `.`: `trial.p149.popup`. Equal weights.
 *
 * @example 2 factors of 2 and 3 levels → 6 arms: a0.b0, a0.b1, a0.b2, a1.b0, a1.b1, a1.b2
 */
export function factorialArms(design) {
    const arms = [];
    const sizes = design.factors.map((factor) => factor.levels.length);
    const total = sizes.reduce((product, size) => product * size, 1);
    for (let index = 0; index < total; index++) {
        const levels = levelIndexes(index, sizes);
        const chosen = levels.map((level, factor) => design.factors[factor].levels[level]);
        arms.push({
            name: chosen.map((level) => level.name).join('.'),
            description: chosen.map((level, factor) => `${design.factors[factor].name} = ${level.name}`).join(', '),
            weight: 1,
            changes: chosen.map((level, factor) => ({
                overrides: level.overrides,
                set: level.set,
                coupon: level.coupon,
                at: `design.factors[${factor}].levels[${levels[factor]}]`,
            })),
            levels,
        });
    }
    return arms;
}
/** Mixed-radix digits of `index`, most significant (first factor) first. */
export function levelIndexes(index, sizes) {
    const levels = new Array(sizes.length);
    let rest = index;
    for (let factor = sizes.length - 1; factor >= 0; factor--) {
        levels[factor] = rest % sizes[factor];
        rest = Math.floor(rest / sizes[factor]);
    }
    return levels;
}
//# sourceMappingURL=factorialArms.js.map