import { armKey } from '../load/armKey.js';
/**
 * The comparisons an experiment reports: each arm against the control (A/B/n), or for a factorial
 * the main effect of every non-baseline level and the interaction of every pair of non-baseline
 * levels of two factors.
 */
export function experimentContrasts(loaded) {
    const design = loaded.experiment.design;
    const { arms, controlIndex } = loaded;
    if (design.kind !== 'factorial') {
        return arms.flatMap((arm, index) => index === controlIndex ? [] : [{ name: arm.name, kind: 'arm', treatment: [index], control: [controlIndex], isNull: arm.identicalToControl, arm: index }]);
    }
    const levelsOf = (index) => arms[index].levels;
    const where = (test) => arms.map((_, index) => index).filter((index) => test(levelsOf(index)));
    const contrasts = [];
    design.factors.forEach((factor, f) => {
        for (let level = 1; level < factor.levels.length; level++) {
            const treatment = where((levels) => levels[f] === level);
            const control = where((levels) => levels[f] === 0);
            const isNull = treatment.every((arm, i) => sameAs(loaded, arm, control[i]));
            contrasts.push({ name: `${factor.name}=${factor.levels[level].name}`, kind: 'main', treatment, control, isNull });
        }
    });
    design.factors.forEach((first, f) => design.factors.forEach((second, g) => {
        if (g <= f)
            return;
        for (let l = 1; l < first.levels.length; l++) {
            for (let m = 1; m < second.levels.length; m++) {
                const cell = (a, b) => where((levels) => levels[f] === a && levels[g] === b);
                contrasts.push({
                    name: `${first.name}=${first.levels[l].name} × ${second.name}=${second.levels[m].name}`,
                    kind: 'interaction',
                    treatment: cell(l, m),
                    control: cell(l, 0),
                    minus: { treatment: cell(0, m), control: cell(0, 0) },
                    isNull: false,
                });
            }
        }
    }));
    return contrasts;
}
/** Two arms that run exactly the same scenario and treatment (their merged changes cancel out). */
function sameAs(loaded, a, b) {
    return armKey(loaded.arms[a]) === armKey(loaded.arms[b]);
}
//# sourceMappingURL=contrasts.js.map