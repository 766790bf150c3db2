import type { ExperimentInput } from '../../results/index.js';

/**
 * The command line that reproduces a simulated-experiment result. The experiment file is named
 * as the user gave it; the exact experiment and scenario are under "Exact input" in any case.
 */
export function experimentCommandLine(command: 'experiment' | 'power', result: { seed: number; replicates: number; input: ExperimentInput }): string {
  const file = result.input.file ?? 'experiment.json';
  const note = result.input.file === null ? '   (experiment.json: the exact input below)' : '';
  return `livelift ${command} ${file} --seed ${result.seed} --replicates ${result.replicates}${note}`;
}

