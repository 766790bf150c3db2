import { z } from 'zod';
import { withDefault } from '../../sim/scenario/field.js';
/**
 * How a follower who comes back to the next session of a season differs from a new viewer. Who
 * follows and how likely they return is the scenario's retention block (docs/model.md §
 * Retention); this is what they carry with them. Formulas: docs/bandit-and-power.md § Seasons.
 */
export const SeasonSettingsSchema = z
    .strictObject({
    returningInterestBoost: withDefault(z.number().min(-5).max(5), 0.4, 'Log-odds added to the interest a returning follower arrived with the first time (they came back because the content interested them); applied once, not per return.', 'log-odds'),
    returningTrustBoost: withDefault(z.number().min(-1).max(1), 0.15, 'Added to a returning follower\'s trust in the host (trust enters the purchase odds as purchase.trust · (trust − 0.5)); applied once, not per return.', 'trust points (0–1 scale)'),
    notificationDecayMinutes: withDefault(z.number().positive().max(600), 5, 'Mean delay after the start at which returning followers arrive (exponential, truncated to the session, like the follower notification burst).', 'minutes'),
})
    .describe('What returning followers carry from one session of a season to the next.');
/** The defaults, for runs whose experiment file has no season block. */
export const DEFAULT_SEASON_SETTINGS = Object.freeze(SeasonSettingsSchema.parse({}));
//# sourceMappingURL=seasonSettings.js.map