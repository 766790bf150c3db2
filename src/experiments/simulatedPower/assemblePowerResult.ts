import { liveliftVersion } from '../../io/liveliftVersion.js';
import { FEW_CLUSTERS_LIMIT } from '../../stats/cluster/index.js';
import { fittedPowerCurve } from './fittedPowerCurve.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { NaiveAnalyticPlan } from './naiveAnalyticPlan.js';
import type { PowerPlanOptions } from './PowerPlanOptions.js';
import { controlViewersPerSession, type SizeTally } from './sizeTally.js';
import type { PlannedContrast } from './plannedContrast.js';
import { powerNote, type PowerNoteCode } from './powerNotes.js';
import type { PowerResult, SimulatedPowerPoint } from './PowerResult.js';
import type { SizeSearchResult } from './searchRequiredSize.js';

export interface PowerResultInputs {
  readonly loaded: LoadedExperiment;
  readonly options: PowerPlanOptions;
  /** Largest size the search could simulate. */
  readonly maxSize: number;
  readonly planned: PlannedContrast;
  readonly search: SizeSearchResult;
  readonly analytic: NaiveAnalyticPlan | null;
  /** Session unit: sessions per arm by the cluster-trial formula (pilot's between-session variance). */
  readonly clustered: number | null;
  readonly tallies: ReadonlyMap<number, SizeTally>;
}

/** Assemble the `kind: "power"` result: points, fit, required size with its Monte-Carlo error, analytic size, design effect, notes. */
export function assemblePowerResult(inputs: PowerResultInputs): PowerResult {
  const { loaded, options, planned, search, analytic } = inputs;
  const { experiment } = loaded;
  const perSession = controlViewersPerSession(inputs.tallies, planned);
  const estimate = search.estimate;
  const exact = estimate !== null && Number.isFinite(estimate.size) ? estimate.size : null;
  // An extrapolated size (target beyond the largest simulated) is too uncertain for a ratio.
  const designEffect = exact !== null && analytic !== null && search.requiredSize !== null ? exact / analytic.sessionsPerArm : null;
  const notes: PowerNoteCode[] = [...search.notes];
  if (analytic === null) notes.push('NO_ANALYTIC_FORMULA');
  if (analytic !== null && estimate !== null && analytic.sessionsPerArm > estimate.interval[1]) notes.push('SIMULATED_BELOW_ANALYTIC');
  const points = simulatedPoints(inputs);
  if (experiment.unit.kind === 'session' && search.requiredSize !== null && search.requiredSize < FEW_CLUSTERS_LIMIT) notes.push('FEW_SESSIONS');
  return {
    kind: 'power',
    version: liveliftVersion(),
    name: experiment.name,
    description: experiment.description,
    seed: options.seed,
    replicates: options.replicates,
    unit: experiment.unit,
    sizeUnit: experiment.unit.kind === 'session' ? 'sessions' : 'viewers',
    targetPower: options.targetPower,
    maxSessionsPerArm: inputs.maxSize,
    alpha: experiment.analysis.alpha,
    sides: experiment.analysis.sides,
    metric: experiment.metrics.primary,
    contrast: { name: planned.contrast.name, control: planned.contrast.control.map((arm) => loaded.arms[arm].name).join('+') },
    truth: planned.truth,
    viewersPerSession: perSession,
    points,
    fit: search.fit === null ? null : {
      intercept: search.fit.intercept,
      slope: search.fit.slope,
      covariance: search.fit.covariance.map((row) => [...row]) as [[number, number], [number, number]],
      curve: fittedPowerCurve(search.fit, points[0].sessionsPerArm, points[points.length - 1].sessionsPerArm),
    },
    required: requiredSize(search, perSession),
    analytic,
    clusteredAnalyticSessionsPerArm: inputs.clustered,
    designEffect,
    notes: notes.map(powerNote),
    input: { file: loaded.file ?? null, scenarioFile: loaded.scenarioFile ?? null, experiment, scenario: loaded.base },
  };
}

function simulatedPoints(inputs: PowerResultInputs): SimulatedPowerPoint[] {
  const control = inputs.planned.contrast.control;
  return inputs.search.points.map((point) => {
    const tally = inputs.tallies.get(point.size)!;
    const viewers = control.reduce((sum, arm) => sum + tally.viewers[arm], 0) / tally.trials;
    return { sessionsPerArm: point.size, viewersPerArm: viewers, power: point.power, ci: point.ci, successes: point.successes, replicates: point.trials };
  });
}

function requiredSize(search: SizeSearchResult, perSession: number): PowerResult['required'] {
  const estimate = search.estimate;
  return {
    sessionsPerArm: search.requiredSize,
    viewersPerArm: search.requiredSize === null ? null : search.requiredSize * perSession,
    exactSessionsPerArm: estimate !== null && Number.isFinite(estimate.size) ? estimate.size : null,
    se: estimate === null || !Number.isFinite(estimate.se) ? null : estimate.se,
    interval: estimate === null ? null : [estimate.interval[0], Number.isFinite(estimate.interval[1]) ? estimate.interval[1] : null],
  };
}
