import { addStats, EMPTY_STATS } from '../../stats/sufficientStats.js';
/**
 * Play a season of `sessions` sessions: for k = 0 … S − 1, ask the chooser for an arm, run the
 * session in the environment (which brings back the previous session's followers), and credit the
 * session's revenue to that arm. Returns the outcomes in session order.
 */
export function playSeason(chooser, environment, sessions, arms) {
    const rewards = Array.from({ length: arms }, () => EMPTY_STATS);
    const outcomes = [];
    for (let session = 0; session < sessions; session++) {
        const arm = chooser.choose(session, rewards);
        if (!(Number.isInteger(arm) && arm >= 0 && arm < arms))
            throw new RangeError(`${chooser.name} chose arm ${arm} of ${arms}`);
        const outcome = environment.play(arm, session);
        rewards[arm] = addStats(rewards[arm], { n: 1, sum: outcome.revenue, sumSquares: outcome.revenue * outcome.revenue });
        outcomes.push(outcome);
    }
    return outcomes;
}
//# sourceMappingURL=playSeason.js.map