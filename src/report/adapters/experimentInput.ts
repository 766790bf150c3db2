import type { ExperimentInput } from '../../results/index.js';
import type { Provenance } from '../report.js';

/** Provenance of a simulated-experiment result: version, the reproducing command, seed, input. */
export function experimentProvenance(result: { version: string; seed: number; input: ExperimentInput }, command: string): Provenance {
  return {
    version: result.version,
    command,
    seeds: [result.seed],
    ...(result.input.file === null ? {} : { inputFile: result.input.file }),
    input: { experiment: result.input.experiment, scenario: result.input.scenario },
  };
}

/** Currency of the base scenario (the simulator's default is CNY). */
export function inputCurrency(input: ExperimentInput): string {
  return input.scenario.currency ?? 'CNY';
}
