import { buildRunResult } from './buildRunResult.js';
import { LiveSession } from './LiveSession.js';
/** Simulate one session of a validated scenario and return its result. */
export function runSession(scenario, options) {
    return buildRunResult(new LiveSession(scenario, options).run());
}
//# sourceMappingURL=runSession.js.map