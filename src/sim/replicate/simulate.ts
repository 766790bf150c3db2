import { runInWorkers, siblingModuleUrl } from '../../parallel/index.js';
import type { RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import type { SimulatePayload } from './simulateTask.js';
import type { SimulationResult } from './SimulationResult.js';
import { assembleSimulationResult } from './assembleSimulationResult.js';
import { liveliftVersion } from '../../io/liveliftVersion.js';
import { ViewerExport } from './viewerExport.js';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** A validated scenario (see loadScenario). */
  scenario: Scenario;
  seed: number;
  replicates: number;
  /** Worker threads; ≤ 1 runs in this thread. The result is identical either way. */
  workers: number;
  onProgress?: (done: number, total: number) => void;
  /** Write every viewer of every replicate to this CSV file. */
  exportViewers?: string;
}

/**
 * Run the replicates of a scenario and summarise them:
 *
 *   scenario, seed ─→ replicates 0…N−1 (runInWorkers: in order, any number of threads)
 *                 ─→ runs ─→ summary (mean, percentile and t intervals) ─→ SimulationResult
 *                 └→ (optional) per-viewer parts ─→ one CSV in replicate order
 */
export async function simulate(options: SimulateOptions): Promise<SimulationResult> {
  const { scenario, seed, replicates, workers } = options;
  if (!(Number.isSafeInteger(replicates) && replicates >= 1)) throw new RangeError(`replicates must be an integer ≥ 1, got ${replicates}`);
  const viewerExport = options.exportViewers === undefined ? undefined : new ViewerExport(options.exportViewers, replicates);
  const payload: SimulatePayload = { scenario, seed, viewerPartPrefix: viewerExport?.partPrefix };
  let runs: RunResult[];
  try {
    runs = await runInWorkers<SimulatePayload, RunResult>({ moduleUrl: taskModuleUrl(), payload, count: replicates, workers, onProgress: options.onProgress });
    viewerExport?.commit();
  } finally {
    viewerExport?.cleanUp();
  }
  return assembleSimulationResult(scenario, seed, runs, liveliftVersion());
}

/** The worker task module: the .ts source under vitest, the compiled .js otherwise. */
export function taskModuleUrl(): URL {
  return siblingModuleUrl('./simulateTask', import.meta.url);
}
