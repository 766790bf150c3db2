import type { Scenario } from '../../sim/scenario/index.js';
import type { Interval } from '../../stats/types.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { NaiveAnalyticPlan } from './naiveAnalyticPlan.js';
import type { PowerNoteCode } from './powerNotes.js';

/** One simulated size of the power curve. */
export interface SimulatedPowerPoint {
  readonly sessionsPerArm: number;
  /** Mean control-group viewers of the simulated tests at this size. */
  readonly viewersPerArm: number;
  /** Share of replicates significant in the true effect's direction, with its 95% Wilson interval. */
  readonly power: number;
  readonly ci: Interval;
  readonly successes: number;
  readonly replicates: number;
}

/** What `livelift power <experiment> --json` prints and `--out` saves as result.json. */
export interface PowerResult {
  readonly kind: 'power';
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  /** Replicates simulated at every size. */
  readonly replicates: number;
  readonly unit: Experiment['unit'];
  /** What the chart's x axis counts: sessions per arm (session unit) or viewers per arm (viewer and switchback units). */
  readonly sizeUnit: 'sessions' | 'viewers';
  readonly targetPower: number;
  /** Largest size simulated; a required size beyond it is extrapolated from the fitted curve. */
  readonly maxSessionsPerArm: number;
  readonly alpha: number;
  readonly sides: Experiment['analysis']['sides'];
  readonly metric: MetricName;
  /** The comparison the test is powered for: the non-null one with the smallest true effect. */
  readonly contrast: { readonly name: string; readonly control: string };
  /** True effect on the primary metric, from potential outcomes (every viewer in one arm). */
  readonly truth: { readonly control: number; readonly treatment: number; readonly absolute: number; readonly relative: number | null };
  /** Control viewers per unit of sessionsPerArm (per session of the control arm, or per shared room). */
  readonly viewersPerSession: number;
  /** Every simulated size, in increasing order. */
  readonly points: SimulatedPowerPoint[];
  /** Probit fit power = Φ(intercept + slope·√sessionsPerArm) over the points; null if it failed. */
  readonly fit: { readonly intercept: number; readonly slope: number; readonly covariance: [[number, number], [number, number]] } | null;
  /**
   * Smallest size reaching the target on the fitted curve, with the Monte-Carlo error (delta-method
   * se and 95% Fieller interval). `sessionsPerArm` is null when the target lies beyond the largest
   * size simulated; `exactSessionsPerArm` then extrapolates the fitted curve.
   */
  readonly required: {
    readonly sessionsPerArm: number | null;
    readonly viewersPerArm: number | null;
    readonly exactSessionsPerArm: number | null;
    readonly se: number | null;
    /** 95% interval of the exact size; null upper end = unbounded. */
    readonly interval: [number | null, number | null] | null;
  };
  /** The analytic formula that ignores clustering and interference, for the same truth. */
  readonly analytic: NaiveAnalyticPlan | null;
  /**
   * Session unit: sessions per arm by the cluster-trial formula with the pilot's between-session
   * variance (the search's starting point; Donner & Klar 2000, §5.2). Null for other units.
   */
  readonly clusteredAnalyticSessionsPerArm: number | null;
  /** Simulated required size / naive analytic size (> 1: clustering or interference costs sessions); null when either is missing or the simulated size is extrapolated. */
  readonly designEffect: number | null;
  readonly notes: { readonly code: PowerNoteCode; readonly message: string }[];
  readonly input: { readonly file: string | null; readonly scenarioFile: string | null; readonly experiment: Experiment; readonly scenario: Scenario };
}
