import { addStats, EMPTY_STATS, statsOfValue, type MetricStats } from '../../stats/sufficientStats.js';
import type { SessionOutcome } from './SessionOutcome.js';

/**
 * Who runs each session of a season. It sees only the revenue each arm earned in the sessions it
 * ran so far (n, Σx, Σx² per arm, around the arm's first revenue: `statsOfValue`), as a real
 * team would after each session.
 */
export interface ArmChooser {
  /** Label in results: 'thompson', 'fixed', 'always:<arm>'. */
  readonly name: string;
  /** The arm that runs session `session` (0-based), given the rewards so far. */
  choose(session: number, rewards: readonly MetricStats[]): number;
}

/** A season in progress: runs session `session` with arm `arm`, carrying returning followers over. */
export interface SeasonEnvironment {
  play(arm: number, session: number): SessionOutcome;
}

/**
 * Play a season of `sessions` sessions: for k = 0 … S − 1, ask the chooser for an arm, run the
 * session in the environment (which brings back the previous session's followers), and credit the
 * session's revenue to that arm. Returns the outcomes in session order.
 */
export function playSeason(chooser: ArmChooser, environment: SeasonEnvironment, sessions: number, arms: number): SessionOutcome[] {
  const rewards: MetricStats[] = Array.from({ length: arms }, () => EMPTY_STATS);
  const outcomes: SessionOutcome[] = [];
  for (let session = 0; session < sessions; session++) {
    const arm = chooser.choose(session, rewards);
    if (!(Number.isInteger(arm) && arm >= 0 && arm < arms)) throw new RangeError(`${chooser.name} chose arm ${arm} of ${arms}`);
    const outcome = environment.play(arm, session);
    rewards[arm] = addStats(rewards[arm], statsOfValue(outcome.revenue));
    outcomes.push(outcome);
  }
  return outcomes;
}
