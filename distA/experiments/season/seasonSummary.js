import { replicateSummary } from './replicateSummary.js';
import { SESSION_OUTCOME_FIELDS } from './SessionOutcome.js';
/**
 * Summarise seasons (one per replicate, same length): each outcome per session index and summed
 * over the season, as mean, 95% t interval and 2.5–97.5% spread (`replicateSummary`).
 */
export function seasonSummary(seasons) {
    if (seasons.length === 0)
        throw new RangeError('seasonSummary needs at least one replicate');
    const sessions = seasons[0].length;
    const bySession = Array.from({ length: sessions }, (_, session) => {
        const outcomes = seasons.map((season) => season[session]);
        return {
            session,
            newViewers: replicateSummary(outcomes.map((o) => o.viewers - o.returningViewers)),
            ...fieldSummaries((field) => outcomes.map((o) => o[field])),
        };
    });
    const totals = fieldSummaries((field) => seasons.map((season) => season.reduce((sum, o) => sum + o[field], 0)));
    let returned = 0;
    let followed = 0;
    for (const season of seasons) {
        for (let k = 1; k < sessions; k++) {
            returned += season[k].returningViewers;
            followed += season[k - 1].newFollowers;
        }
    }
    return { bySession, totals, returnRate: followed > 0 ? returned / followed : null };
}
function fieldSummaries(values) {
    return Object.fromEntries(SESSION_OUTCOME_FIELDS.map((field) => [field, replicateSummary(values(field))]));
}
//# sourceMappingURL=seasonSummary.js.map