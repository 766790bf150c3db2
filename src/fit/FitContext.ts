import type { Scenario } from '../sim/scenario/index.js';
import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { Exposure } from './Exposure.js';
import type { ViewerData } from './ViewerData.js';

/** Settings of one fit (defaults in `DEFAULT_FIT_SETTINGS`). */
export interface FitSettings {
  /** Seed of the simulation-based estimation (common random numbers across candidates). */
  seed: number;
  /** Width of the organic arrival curve's steps, minutes. */
  binMinutes: number;
  /** Simulated sessions per candidate in the simulation-based estimation. */
  simulationReplicates: number;
  /** Fewest events (departures, acts) for a coefficient to be estimated rather than held. */
  minEvents: number;
}

export const DEFAULT_FIT_SETTINGS: FitSettings = { seed: 1, binMinutes: 5, simulationReplicates: 4, minEvents: 30 };

/** What every estimator sees: the plan being fitted (with earlier stages' estimates applied), the data, the exposure. */
export interface FitContext {
  scenario: Scenario;
  data: ViewerData;
  exposure: Exposure;
  settings: FitSettings;
}

/**
 * What an estimator returns: its estimates (held ones included), and whole blocks to put into the
 * scenario before the estimates are written at their paths (e.g. a new arrival curve).
 */
export interface EstimatorOutput {
  estimates: FitEstimate[];
  replace?: Record<string, unknown>;
}

/** One named entry of the fitter: which scenario paths it estimates, and how. */
export interface Estimator {
  name: string;
  /** Scenario paths it owns, for docs and the estimates table (e.g. "audience.segments[*].watchTime"). */
  paths: string[];
  method: string;
  estimate(context: FitContext): EstimatorOutput;
}
