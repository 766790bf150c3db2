import { createStream } from '../../sim/random/index.js';
import { liveSeason } from '../season/liveSeason.js';
import { playSeason } from '../season/playSeason.js';
import { alwaysArm, fixedSplit } from './fixedSplit.js';
import { thompsonSampling } from './thompsonSampling.js';
/**
 * Worker task of the bandit runner (see `runInWorkers`): replicate `index` plays the same season
 * (common random numbers) under Thompson sampling, the fixed equal split, and "always arm a" for
 * every arm (the oracle seasons that give each arm's true revenue per session). Pure — the same
 * payload and index give the same bytes on any thread.
 */
export function runTask(payload, index) {
    const bandit = payload.bandit;
    if (bandit === null)
        throw new RangeError('banditTask needs bandit settings in the payload');
    const arms = payload.arms.length;
    const season = (policy) => playSeason(policy, liveSeason(payload, index), payload.sessionsPerSeason, arms);
    const thompson = thompsonSampling({ prior: bandit.prior, warmupSessionsPerArm: bandit.warmupSessionsPerArm, rng: createStream(payload.seed, index, 'bandit.thompson') });
    return {
        thompson: season(thompson),
        fixed: bandit.compareWithFixedSplit ? season(fixedSplit(arms)) : null,
        always: payload.arms.map((arm, a) => season(alwaysArm(a, arm.name))),
    };
}
//# sourceMappingURL=banditTask.js.map