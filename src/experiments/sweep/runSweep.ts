import { InputError } from '../../io/inputError.js';
import { liveliftVersion } from '../../io/liveliftVersion.js';
import { siblingModuleUrl } from '../../parallel/index.js';
import { resolveObjective } from '../schema/objectiveSchema.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { experimentPayload } from '../run/runExperiment.js';
import { runReplicates, runSeed, type RunOptions } from '../run/runReplicates.js';
import type { ExperimentPayload, RawReplicate } from '../world/ExperimentPayload.js';
import { summariseSweep } from './summariseSweep.js';
import type { SweepResult } from './SweepResult.js';

/**
 * Run a parameter sweep.
 *
 *   load ─→ validate (every value merged into the base scenario) ─→ values × replicates
 *   ─→ simulate each value's sessions on the same random numbers ─→ revenue, profit and conversion
 *   curves with intervals ─→ optimal value (profit when asked for or when the scenario has costs,
 *   else revenue), located by a bootstrap of the replicates
 *
 * Replicates run on worker threads (`runInWorkers`), byte-identical for any worker count.
 */
export async function runSweep(loaded: LoadedExperiment, options: RunOptions = {}): Promise<SweepResult> {
  const design = loaded.experiment.design;
  if (design.kind !== 'sweep') throw new InputError({ file: loaded.file, path: 'design.kind', message: `expected a sweep design, got "${design.kind}"` });
  const seed = runSeed(loaded, options);
  const raws = await runReplicates<ExperimentPayload, RawReplicate>(loaded, options, siblingModuleUrl('../world/experimentTask', import.meta.url), experimentPayload(loaded, seed, 'sweep'));
  const objective = resolveObjective(design.objective, [loaded.base, ...loaded.arms.map((arm) => arm.scenario)]);
  const summary = summariseSweep(raws, loaded.arms.length, design.values, seed, objective);
  return {
    kind: 'sweep',
    version: liveliftVersion(),
    name: loaded.experiment.name,
    parameter: design.parameter,
    seed,
    replicates: raws.length,
    sessionsPerValue: loaded.experiment.sessionsPerArm,
    currency: loaded.base.currency,
    objective,
    ...summary,
    input: { file: loaded.file ?? null, scenarioFile: loaded.scenarioFile ?? null, experiment: loaded.experiment, scenario: loaded.base },
  };
}
