import { liveSeason } from './liveSeason.js';
import { playSeason } from './playSeason.js';
/**
 * Worker task of `runSeason` (see `runInWorkers`): replicate `index` plays one season of the
 * payload's first arm. Pure — the same payload and index give the same bytes on any thread.
 */
export function runTask(payload, index) {
    return playSeason({ name: 'plan', choose: () => 0 }, liveSeason(payload, index), payload.sessionsPerSeason, payload.arms.length);
}
//# sourceMappingURL=seasonTask.js.map