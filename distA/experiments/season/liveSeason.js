import { LiveSession } from '../../sim/model/LiveSession.js';
import { createStream } from '../../sim/random/index.js';
import { FollowerLog } from './FollowerLog.js';
import { returningFollowers } from './returningFollowers.js';
import { sessionStreamIndex } from './SeasonPayload.js';
/**
 * A season on the live-session model for replicate `replicate`:
 *
 *   session k: returningFollowers(followers of k − 1; stream `season.returning` of session k)
 *     ─▶ LiveSession(arm's scenario, stream index r·10⁶ + k, returning viewers,
 *        onViewerLeave → FollowerLog) ─▶ outcome; the log's followers wait for session k + 1
 *
 * Every policy playing session k of replicate r gets the same streams (common random numbers).
 * Formulas: docs/bandit-and-power.md § Seasons.
 */
export function liveSeason(payload, replicate) {
    let waiting = null;
    return {
        play(arm, session) {
            const own = payload.arms[arm];
            const streamIndex = sessionStreamIndex(replicate, session);
            const returning = waiting === null
                ? undefined
                : returningFollowers(waiting.followers, waiting.returnProbability, own.scenario, payload.settings, createStream(payload.seed, streamIndex, 'season.returning'));
            const log = new FollowerLog();
            const live = new LiveSession(own.scenario, {
                seed: payload.seed,
                replicate: streamIndex,
                arms: [own.treatment],
                returning,
                onViewerLeave: (model, slot, _time, _reason, followed) => log.leave(model.table, slot, followed),
            }).run();
            const returnProbability = own.scenario.retention.returnProbability;
            waiting = { followers: log.columns, returnProbability };
            const totals = live.totals;
            return {
                session,
                arm,
                revenue: totals.revenue,
                orders: totals.orders,
                viewers: totals.arrived,
                returningViewers: log.returningViewers,
                buyers: totals.bought,
                returningBuyers: log.returningBuyers,
                returningRevenue: log.returningRevenue,
                newFollowers: log.followers,
                expectedReturning: log.followers * returnProbability,
            };
        },
    };
}
//# sourceMappingURL=liveSeason.js.map