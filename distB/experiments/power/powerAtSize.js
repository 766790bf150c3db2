import { runInWorkers } from '../../sim/parallel/index.js';
import { analyseReplicate } from '../analyse/analyseReplicate.js';
import { analysisOptions } from '../analyse/analysisOptions.js';
import { potentialSumsByArm } from '../aggregate/contrastTruth.js';
import { experimentPayload, replicateContext } from '../run/runExperiment.js';
import { addSums } from '../simulate/ViewerSums.js';
/**
 * Simulate the experiment with `sessionsPerArm` sessions per arm, `replicates` times, and analyse
 * each replicate with the experiment runner's own per-replicate analysis (so power is the power of
 * the very test `livelift experiment` simulates), keeping only the primary metric (corrected across
 * contrasts as in the experiment) and leaving out the sequential and Bayesian extras, which do not
 * change significance. With `withTruth` the replicates run through the runner's task (test and
 * potential outcomes); otherwise through `powerTask` (the same test, no potential outcomes).
 */
export async function powerAtSize(loaded, sessionsPerArm, options) {
    const sized = { ...loaded, experiment: { ...loaded.experiment, sessionsPerArm } };
    const raws = await runInWorkers({
        moduleUrl: taskUrl(options.withTruth === true),
        payload: experimentPayload(sized, options.seed, 'test'),
        count: options.replicates,
        workers: options.workers,
        onProgress: options.onProgress,
    });
    const context = primaryOnlyContext(sized);
    const analyses = raws.map((raw) => analyseReplicate(raw, context));
    return {
        sessionsPerArm,
        primary: analyses.map((analysis) => analysis.comparisons.map((metrics) => metrics[0])),
        viewers: analyses.map((analysis) => analysis.viewers),
        potential: options.withTruth === true ? pooledPotential(raws, loaded.arms.length) : null,
        sessions: options.withTruth === true ? loaded.arms.map((_, arm) => raws.flatMap((raw) => raw.potential.filter((o) => o.arm === arm).map((o) => o.sums))) : null,
    };
}
function taskUrl(withTruth) {
    const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    return new URL(withTruth ? `../simulate/experimentTask.${extension}` : `./powerTask.${extension}`, import.meta.url);
}
function pooledPotential(raws, arms) {
    const perReplicate = raws.map((raw) => potentialSumsByArm(raw, arms));
    return Array.from({ length: arms }, (_, arm) => addSums(perReplicate.map((sums) => sums[arm])));
}
function primaryOnlyContext(loaded) {
    const full = replicateContext(loaded);
    const settings = { ...full.settings, sequential: { ...full.settings.sequential, enabled: false }, bayesian: { ...full.settings.bayesian, enabled: false } };
    return {
        ...full,
        metrics: [{ name: loaded.experiment.metrics.primary, role: 'primary' }],
        settings,
        analysis: { ...full.analysis, options: analysisOptions(settings) },
    };
}
//# sourceMappingURL=powerAtSize.js.map