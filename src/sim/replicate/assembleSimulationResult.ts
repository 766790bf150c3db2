import type { RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import type { SimulationResult } from './SimulationResult.js';
import { INTERVAL_METHOD, summarize, summarizeProducts, summarizeSegments } from './summarize.js';

/**
 * The result of `livelift simulate` from its replicates (in replicate order), with no Node-only
 * import, so the CLI and the web workbench build the same object and print the same JSON.
 */
export function assembleSimulationResult(scenario: Scenario, seed: number, runs: RunResult[], version: string): SimulationResult {
  return {
    kind: 'simulation',
    livelift: { version, command: 'simulate' },
    scenario,
    seed,
    replicates: runs.length,
    interval: INTERVAL_METHOD,
    summary: summarize(runs),
    summaryBySegment: summarizeSegments(runs),
    summaryByProduct: summarizeProducts(runs),
    runs,
  };
}
