import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { SeasonPayload } from './SeasonPayload.js';
import { DEFAULT_SEASON_SETTINGS, type SeasonSettings } from './seasonSettings.js';
import { seasonSummary, type SeasonSummary } from './seasonSummary.js';
import type { SessionOutcome } from './SessionOutcome.js';

export interface SeasonOptions {
  /** Sessions in the season. */
  readonly sessions: number;
  readonly replicates: number;
  readonly seed: number;
  readonly workers?: number;
  /** What returning followers carry (default DEFAULT_SEASON_SETTINGS). */
  readonly settings?: SeasonSettings;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Seasons of one plan: every replicate's sessions, and their summary. */
export interface SeasonRun {
  readonly seasons: SessionOutcome[][];
  readonly summary: SeasonSummary;
}

/**
 * A season of `sessions` sessions of one scenario, `replicates` times: followers of each session
 * come back to the next (docs/bandit-and-power.md § Seasons).
 *
 *   scenario ─▶ payload ─▶ replicates on workers (playSeason over liveSeason) ─▶ seasonSummary
 *
 * Identical for any number of workers.
 */
export async function runSeason(scenario: Scenario, options: SeasonOptions): Promise<SeasonRun> {
  const payload: SeasonPayload = {
    arms: [{ name: 'plan', scenario, treatment: { name: 'plan' } }],
    sessionsPerSeason: options.sessions,
    seed: options.seed,
    settings: options.settings ?? DEFAULT_SEASON_SETTINGS,
    bandit: null,
  };
  const seasons = await runInWorkers<SeasonPayload, SessionOutcome[]>({
    moduleUrl: siblingModuleUrl('./seasonTask', import.meta.url),
    payload,
    count: options.replicates,
    workers: options.workers ?? 1,
    onProgress: options.onProgress,
  });
  return { seasons, summary: seasonSummary(seasons) };
}
