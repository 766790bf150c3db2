import { runReplicate } from './runReplicate.js';
/** Worker entry point for `runInWorkers`: replicate `index` of the payload's scenario. */
export function runTask(payload, index) {
    const part = payload.viewerPartPrefix === undefined ? undefined : `${payload.viewerPartPrefix}${index}`;
    return runReplicate(payload.scenario, payload.seed, index, part);
}
//# sourceMappingURL=simulateTask.js.map