/** Most time blocks one session may be cut into (each block is one arm slot of the model). */
export const MAX_BLOCKS = 100;
/** Number of time blocks of a session of `durationMinutes` cut into blocks of `blockMinutes`. */
export function blockCount(durationMinutes, blockMinutes) {
    return Math.ceil(durationMinutes / blockMinutes - 1e-9);
}
/**
 * A switchback needs at least two blocks per arm in each session (blocks are the analysis units
 * and the schedule gives every arm its share of each session) and at most {@link MAX_BLOCKS}.
 */
export function switchbackProblems(experiment, base, file) {
    const unit = experiment.unit;
    if (unit.kind !== 'switchback' || experiment.design.kind === 'sweep' || experiment.design.kind === 'bandit')
        return [];
    const arms = experiment.design.kind === 'factorial' ? experiment.design.factors.reduce((product, factor) => product * factor.levels.length, 1) : experiment.design.arms.length;
    const blocks = blockCount(base.session.durationMinutes, unit.blockMinutes);
    if (blocks > MAX_BLOCKS) {
        return [{ file, path: 'unit.blockMinutes', message: `a ${base.session.durationMinutes}-minute session makes ${blocks} blocks of ${unit.blockMinutes} minutes; at most ${MAX_BLOCKS} are supported` }];
    }
    if (blocks < 2 * arms) {
        return [{
                file,
                path: 'unit.blockMinutes',
                message: `a ${base.session.durationMinutes}-minute session makes ${blocks} block(s) of ${unit.blockMinutes} minutes; ${arms} arms need at least ${2 * arms} (two per arm): use shorter blocks`,
            }];
    }
    return [];
}
//# sourceMappingURL=switchbackProblems.js.map