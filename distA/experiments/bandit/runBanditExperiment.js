import { InputError } from '../../io/inputError.js';
import { runInWorkers } from '../../sim/parallel/index.js';
import { DEFAULT_SEASON_SETTINGS } from '../season/seasonSettings.js';
import { assembleBanditResult } from './assembleBanditResult.js';
import { REFERENCE_PRIOR } from './normalInverseGamma.js';
import { minimumWarmup } from './thompsonSampling.js';
/**
 * Run a bandit experiment: a season of sessions allocated among arms (e.g. three hosts) by
 * Thompson sampling, against a fixed equal split, with followers carried between sessions.
 *
 *   load ─▶ payload (arm scenarios, season, prior, warm-up) ─▶ replicates on workers: one
 *   season per policy on common random numbers (Thompson, fixed split, always-arm-a for each a)
 *   ─▶ banditSummary (true revenue per arm, regret, best-arm share, paired difference)
 *   + seasonSummary per policy ─▶ recommendation ─▶ result
 *
 * Byte-identical for any number of workers (results come back in replicate order).
 */
export async function runBanditExperiment(loaded, options = {}) {
    const design = loaded.experiment.design;
    if (design.kind !== 'bandit')
        throw new InputError({ file: loaded.file, path: 'design.kind', message: `the bandit runner runs bandit designs, not "${design.kind}"` });
    const seed = options.seed ?? loaded.experiment.seed;
    const replicates = options.replicates ?? loaded.experiment.replicates;
    const prior = options.prior ?? REFERENCE_PRIOR;
    const warmupSessionsPerArm = Math.max(design.burnInSessionsPerArm, minimumWarmup(prior));
    const payload = {
        arms: loaded.arms.map((arm) => ({ name: arm.name, scenario: arm.scenario, treatment: arm.treatment })),
        sessionsPerSeason: design.sessionsPerSeason,
        seed,
        settings: options.season ?? DEFAULT_SEASON_SETTINGS,
        bandit: { prior, warmupSessionsPerArm, compareWithFixedSplit: design.compareWithFixedSplit },
    };
    const raws = await runInWorkers({
        moduleUrl: new URL(import.meta.url.endsWith('.ts') ? './banditTask.ts' : './banditTask.js', import.meta.url),
        payload,
        count: replicates,
        workers: options.workers ?? 1,
        onProgress: options.onProgress,
    });
    return assembleBanditResult({ loaded, payload, replicates: raws, warmupRaised: warmupSessionsPerArm > design.burnInSessionsPerArm });
}
//# sourceMappingURL=runBanditExperiment.js.map