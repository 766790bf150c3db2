import { z } from 'zod';
import { coefficient, positive, withDefault } from './field.js';
/**
 * Interest I = f(U, E, C) of a viewer in a product, on the log-odds scale around the interest the
 * viewer arrived with: I = σ(logit I₀ + topicAffinity·match + engagement·min(acts, saturation)/saturation
 * + hostExpertise·expertise + rating·(stars − 4) + content watched). Formulas: docs/model.md § Interest.
 */
export const InterestModelSchema = z
    .strictObject({
    topicAffinity: withDefault(coefficient(), 1, 'Log-odds of interest added when the product carries the viewer\'s primary topic.', 'log-odds'),
    engagement: withDefault(coefficient(), 0.5, 'Log-odds added at full engagement (acts ≥ engagementSaturation), proportionally below.', 'log-odds'),
    engagementSaturation: withDefault(positive(), 10, 'Number of acts (chats, likes, votes, questions) after which engagement adds no more.', 'acts'),
    hostExpertise: withDefault(coefficient(), 0.5, 'Log-odds added per unit of host expertise (0–1) in the product\'s topics.', 'log-odds'),
    rating: withDefault(coefficient(), 0.3, 'Log-odds added per review star above 4 (subtracted below).', 'log-odds per star'),
})
    .describe('Coefficients of the interest model I = f(U, E, C).');
//# sourceMappingURL=interestModel.js.map