import { runInWorkers } from '../parallel/index.js';
import { INTERVAL_METHOD, summarize, summarizeProducts, summarizeSegments } from './summarize.js';
import { liveliftVersion } from './version.js';
import { ViewerExport } from './viewerExport.js';
/**
 * Run the replicates of a scenario and summarise them:
 *
 *   scenario, seed ─→ replicates 0…N−1 (runInWorkers: in order, any number of threads)
 *                 ─→ runs ─→ summary (mean, percentile and t intervals) ─→ SimulationResult
 *                 └→ (optional) per-viewer parts ─→ one CSV in replicate order
 */
export async function simulate(options) {
    const { scenario, seed, replicates, workers } = options;
    if (!(Number.isSafeInteger(replicates) && replicates >= 1))
        throw new RangeError(`replicates must be an integer ≥ 1, got ${replicates}`);
    const viewerExport = options.exportViewers === undefined ? undefined : new ViewerExport(options.exportViewers, replicates);
    const payload = { scenario, seed, viewerPartPrefix: viewerExport?.partPrefix };
    let runs;
    try {
        runs = await runInWorkers({ moduleUrl: taskModuleUrl(), payload, count: replicates, workers, onProgress: options.onProgress });
        viewerExport?.commit();
    }
    finally {
        viewerExport?.cleanUp();
    }
    return {
        kind: 'simulation',
        livelift: { version: liveliftVersion(), command: 'simulate' },
        scenario,
        seed,
        replicates,
        interval: INTERVAL_METHOD,
        summary: summarize(runs),
        summaryBySegment: summarizeSegments(runs),
        summaryByProduct: summarizeProducts(runs),
        runs,
    };
}
/** The worker task module: the .ts source under vitest, the compiled .js otherwise. */
export function taskModuleUrl() {
    return new URL(import.meta.url.endsWith('.ts') ? './simulateTask.ts' : './simulateTask.js', import.meta.url);
}
//# sourceMappingURL=simulate.js.map