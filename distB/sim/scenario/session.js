import { z } from 'zod';
import { positive, required } from './field.js';
/** The session as a whole: its length. All plan times are minutes since its start. */
export const SessionSchema = z
    .strictObject({
    durationMinutes: required(positive().max(24 * 60), 'Length of the live session (at most 24 hours).', 'minutes'),
})
    .describe('The session as a whole.');
//# sourceMappingURL=session.js.map