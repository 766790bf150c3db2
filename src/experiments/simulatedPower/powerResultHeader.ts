import { liveliftVersion } from '../../io/liveliftVersion.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { PowerResult } from './PowerResult.js';

/** The fields every power result opens with, whichever way its sizes were evaluated. */
export function powerResultHeader(loaded: LoadedExperiment, seed: number): Pick<PowerResult, 'kind' | 'version' | 'name' | 'description' | 'seed' | 'unit' | 'alpha' | 'sides'> {
  const { experiment } = loaded;
  return {
    kind: 'power',
    version: liveliftVersion(),
    name: experiment.name,
    description: experiment.description,
    seed,
    unit: experiment.unit,
    alpha: experiment.analysis.alpha,
    sides: experiment.analysis.sides,
  };
}
