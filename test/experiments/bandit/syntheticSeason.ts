import type { SeasonEnvironment } from '../../../src/experiments/season/playSeason.js';
import type { SessionOutcome } from '../../../src/experiments/season/SessionOutcome.js';
import { normal, type Rng } from '../../../src/sim/random/index.js';

/**
 * A season without the live-session model: session revenue of arm a is Normal(means[a], sd),
 * independent across sessions (no retention), drawn from `rng`. Enough to test the policies and
 * the summary against known truths.
 */
export function gaussianSeason(means: readonly number[], sd: number, rng: Rng): SeasonEnvironment {
  const noise = normal(rng)(0, sd);
  return {
    play(arm: number, session: number): SessionOutcome {
      const revenue = means[arm] + noise();
      return {
        session,
        arm,
        revenue,
        orders: 0,
        viewers: 0,
        returningViewers: 0,
        buyers: 0,
        returningBuyers: 0,
        returningRevenue: 0,
        newFollowers: 0,
        expectedReturning: 0,
      };
    },
  };
}
