import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { Objective } from '../schema/objectiveSchema.js';

/** A mean over replicates with its 95% t interval. */
export interface MeanWithInterval {
  readonly mean: number;
  readonly ci: [number, number];
}

/** One value of the swept parameter. */
export interface SweepPoint {
  readonly value: number | string | boolean;
  /** Revenue of one session (mean over the replicate's sessions), over replicates. */
  readonly revenuePerSession: MeanWithInterval;
  /** Profit of one session (revenue minus promotion spend and the scenario's costs), over replicates. */
  readonly profitPerSession: MeanWithInterval;
  /** Buyers per viewer, per replicate, over replicates. */
  readonly conversion: MeanWithInterval;
  readonly revenuePerViewer: MeanWithInterval;
  readonly viewersPerSession: number;
  /** Share of bootstrap resamples of the replicates in which this value has the highest mean objective (revenue or profit). */
  readonly probabilityBest: number;
  /** Share of replicates (same random numbers for every value) in which this value did best on the objective. */
  readonly bestInReplicate: number;
}

/** What `livelift sweep --json` prints and `--out` saves as result.json. */
export interface SweepResult {
  readonly kind: 'sweep';
  readonly version: string;
  readonly name: string;
  readonly parameter: string;
  readonly seed: number;
  readonly replicates: number;
  readonly sessionsPerValue: number;
  readonly currency: string;
  /** What the optimum maximises: `--objective`, else profit when the scenario has costs, else revenue. */
  readonly objective: Objective;
  readonly points: SweepPoint[];
  /**
   * The value with the highest mean objective (revenue or profit) per session, and where the optimum lies: the 2.5% and
   * 97.5% quantiles (on the grid) of the best value over bootstrap resamples of the replicates
   * (null when the values are not numbers).
   */
  readonly optimum: { readonly value: number | string | boolean; readonly interval: [number, number] | null; readonly bootstrapResamples: number };
  readonly input: { readonly file: string | null; readonly scenarioFile: string | null; readonly experiment: Experiment; readonly scenario: Scenario };
}
