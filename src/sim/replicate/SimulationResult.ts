import type { Produced, SimulationResultData } from '../../results/index.js';
import type { RunResult } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

/**
 * The output of `livelift simulate` (and `--json`): the schema's type (src/results/simulationResult.ts,
 * every field described there; a new field is declared there), with the producer's own scenario
 * and run types. Nothing depends on the number of workers or the wall clock, so the same seed gives
 * the same bytes.
 */
export type SimulationResult = Omit<Produced<SimulationResultData, 'kind'>, 'scenario' | 'runs'> & {
  /** The scenario as parsed (every default filled in): enough, with the seed, to reproduce the run. */
  scenario: Scenario;
  runs: RunResult[];
};
