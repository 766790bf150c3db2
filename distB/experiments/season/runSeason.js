import { runInWorkers } from '../../sim/parallel/index.js';
import { DEFAULT_SEASON_SETTINGS } from './seasonSettings.js';
import { seasonSummary } from './seasonSummary.js';
/**
 * A season of `sessions` sessions of one scenario, `replicates` times: followers of each session
 * come back to the next (docs/bandit-and-power.md § Seasons).
 *
 *   scenario ─▶ payload ─▶ replicates on workers (playSeason over liveSeason) ─▶ seasonSummary
 *
 * Identical for any number of workers.
 */
export async function runSeason(scenario, options) {
    const payload = {
        arms: [{ name: 'plan', scenario, treatment: { name: 'plan' } }],
        sessionsPerSeason: options.sessions,
        seed: options.seed,
        settings: options.settings ?? DEFAULT_SEASON_SETTINGS,
        bandit: null,
    };
    const seasons = await runInWorkers({
        moduleUrl: new URL(import.meta.url.endsWith('.ts') ? './seasonTask.ts' : './seasonTask.js', import.meta.url),
        payload,
        count: options.replicates,
        workers: options.workers ?? 1,
        onProgress: options.onProgress,
    });
    return { seasons, summary: seasonSummary(seasons) };
}
//# sourceMappingURL=runSeason.js.map