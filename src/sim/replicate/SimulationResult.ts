import type { RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';
import type { MetricSummary } from './summarize.js';

/**
 * The output of `livelift simulate` (and `--json`). Public contract: `seed`, `replicates`,
 * `summary` (per metric `mean` and `ci` [lo, hi]) and `runs` keep their names; fields may be added.
 * Nothing depends on the number of workers or the wall clock, so the same seed gives the same bytes.
 */
export interface SimulationResult {
  /** What produced this result; `livelift report` dispatches on it. */
  kind: 'simulation';
  /** Tool and version that produced the result. */
  livelift: { version: string; command: 'simulate' };
  /** The scenario as parsed (every default filled in): enough, with the seed, to reproduce the run. */
  scenario: Scenario;
  seed: number;
  replicates: number;
  /** How `ci` and `meanCi` are computed. */
  interval: string;
  summary: Record<string, MetricSummary>;
  summaryBySegment: Record<string, Record<string, MetricSummary>>;
  summaryByProduct: Record<string, Record<string, MetricSummary>>;
  runs: RunResult[];
}
