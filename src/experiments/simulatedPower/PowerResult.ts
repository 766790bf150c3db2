import type { Scenario } from '../../sim/scenario/index.js';
import type { Interval } from '../../stats/types.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { MetricName } from '../schema/metrics.js';
import type { NaiveAnalyticPlan } from './naiveAnalyticPlan.js';
import type { PowerNoteCode } from './powerNotes.js';
import type { PlanningMetric, PlanningMetricName } from './planningMetric.js';

/** Which answer to plan with (simulation or formula), and why (`powerAdvice`). */
export interface PowerAdvice {
  readonly trust: 'simulation' | 'formula';
  readonly message: string;
}

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
  /** The planning metric: the primary metric, another per-viewer metric, or profitPerSession. */
  readonly metric: MetricName | PlanningMetricName;
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
  /** How sizes were evaluated: `simulation` (each size simulated afresh) or `session-pool` (session unit: tests resampled from one pool of simulated sessions). Absent in older results. */
  readonly method?: 'simulation' | 'session-pool';
  /** The planning metric and why it was chosen (option, costs → profit, or the primary metric). Absent in older results. */
  readonly planning?: PlanningMetric;
  /** Session pool: its size, tests per size, and the parts of the Monte-Carlo error of the required size (`required.interval` combines them; `required.se` is the fit's part). */
  readonly monteCarlo?: {
    readonly poolSessionsPerArm: number;
    readonly testsPerSize: number;
    readonly confirmationTests: number | null;
    /** Fieller interval of the fit alone (pool taken as exact). */
    readonly fitInterval: [number | null, number | null] | null;
    readonly fitRelativeSe: number | null;
    /** 95% range of the required size over bootstrap resamples of the pool's sessions, as ratios to the pool's formula size; null upper end = unbounded (the effect's sign is uncertain). */
    readonly poolRatioInterval: [number, number | null] | null;
  };
  /** The recommended size with the fitted power there and its 95% Monte-Carlo interval, and the confirmation run near it. */
  readonly recommended?: {
    readonly sessionsPerArm: number;
    readonly power: number;
    readonly interval: [number, number];
    readonly confirmation: { readonly sessionsPerArm: number; readonly power: number; readonly ci: Interval; readonly replicates: number } | null;
  } | null;
  /** Which of simulation and formula to plan with, and why. */
  readonly advice?: PowerAdvice;
  /** The fitted curve at sizes from the smallest simulated to the recommended or largest simulated (what the chart draws). */
  readonly curve?: { readonly sessionsPerArm: number; readonly power: number }[];
  readonly input: { readonly file: string | null; readonly scenarioFile: string | null; readonly experiment: Experiment; readonly scenario: Scenario };
}
