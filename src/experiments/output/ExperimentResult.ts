import type { Objective } from '../schema/objectiveSchema.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { MetricName } from '../schema/metrics.js';

/** A Monte-Carlo rate over replicates with its 95% Wilson interval. */
export interface Rate {
  readonly value: number;
  /** Replicates counted (the denominator). */
  readonly of: number;
  readonly ci: [number, number];
}

/** An estimate over replicates: mean, sd and quantiles (2.5%, 25%, 50%, 75%, 97.5%). */
export interface Spread {
  readonly mean: number;
  readonly sd: number;
  readonly quantiles: [number, number, number, number, number];
}

/** One contrast (arm vs control, main effect, interaction) on one metric, over all replicates. */
export interface ComparisonSummary {
  readonly contrast: string;
  readonly kind: 'arm' | 'main' | 'interaction';
  readonly metric: MetricName;
  readonly role: 'primary' | 'secondary' | 'guardrail';
  /** No true effect by construction (the compared arms are identical): rejections are false positives. */
  readonly isNull: boolean;
  /** True effect from the potential outcomes, with its Monte-Carlo standard error. */
  readonly truth: {
    readonly absolute: number;
    readonly relative: number | null;
    /** The control group's true value of the metric. */
    readonly control: number;
    readonly mcSe: { readonly absolute: number; readonly relative: number | null };
  };
  /** The estimate a real test would report, over replicates. */
  readonly estimate: { readonly absolute: Spread; readonly relative: Spread | null };
  /** Share of replicates whose test was significant (after the family's correction). */
  readonly rejectionRate: Rate;
  /** Non-null contrasts: share significant in the direction of the true effect. */
  readonly power: Rate | null;
  /** Null contrasts: share significant in either direction. */
  readonly falsePositiveRate: Rate | null;
  /** Share significant against the true effect's direction (type S errors). */
  readonly wrongDirectionRate: Rate;
  /**
   * Mean estimate − truth, with the Monte-Carlo standard error of that difference. The absolute
   * bias measures interference (the difference estimator is unbiased without it); the relative
   * one adds the small-sample skew of a ratio of means.
   */
  readonly bias: { readonly absolute: { readonly value: number; readonly mcSe: number }; readonly relative: { readonly value: number; readonly mcSe: number } | null };
  /** Share of replicates whose interval (at 1 − alpha, unadjusted) contains the true effect. */
  readonly coverage: { readonly absolute: Rate; readonly relative: Rate | null };
  /** Cluster units: what the naive per-viewer analysis would have concluded. */
  readonly naive?: { readonly rejectionRate: Rate; readonly meanDesignEffect: number | null };
  /** Sequential: rejection at any look, and the mean number of sessions until it stopped. */
  readonly sequential?: { readonly rejectionRate: Rate; readonly meanSessionsToStop: number | null };
  /** Bayesian: mean chance to beat control, and share of replicates calling a winner. */
  readonly bayesian?: { readonly meanChanceToWin: number | null; readonly winnerRate: Rate };
  /** CUPED: mean variance reduction of the lift (1 − adjusted / unadjusted variance). */
  readonly cuped?: { readonly meanVarianceReduction: number };
  /** Guardrails: share of replicates with a significant drop. */
  readonly breachRate?: Rate;
  /** Warning codes of the stats engine, with the number of replicates that raised each. */
  readonly warnings: Readonly<Record<string, number>>;
}

/** One arm: what rolling it out would do, from the potential outcomes. */
export interface ArmSummary {
  readonly name: string;
  readonly description: string;
  readonly weight: number;
  readonly isControl: boolean;
  readonly identicalToControl: boolean;
  /** Per-viewer changes inside a shared room (viewer and switchback units). */
  readonly treatment: Readonly<Record<string, unknown>>;
  /** Revenue of one session with every viewer in this arm: mean, its 95% interval, and the 2.5–97.5% range of single sessions. */
  readonly revenuePerSession: { readonly mean: number; readonly ci: [number, number]; readonly range: [number, number] };
  /** Profit of one session with every viewer in this arm (revenue minus promotion spend and the arm's costs): mean and its 95% interval. */
  readonly profitPerSession: { readonly mean: number; readonly ci: [number, number] };
  readonly viewersPerSession: number;
  /** True value of every analyzed metric with every viewer in this arm. */
  readonly metrics: Readonly<Partial<Record<MetricName, number | null>>>;
  /**
   * The funnel with every viewer in this arm: the share of arrived viewers who engaged (acted or
   * saw the link), saw the link or an offer, opened the product card, and bought (null without viewers).
   */
  readonly funnel: ArmFunnel;
}

/** Shares of arrived viewers reaching each funnel step (nested: engaged ≥ sawLink ≥ clicked ≥ bought). */
export interface ArmFunnel {
  readonly engaged: number | null;
  readonly sawLink: number | null;
  readonly clicked: number | null;
  readonly bought: number | null;
}

/** What `livelift experiment --json` prints and `--out` saves as result.json. */
export interface ExperimentResult {
  readonly kind: 'experiment';
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly replicates: number;
  readonly design: 'ab' | 'factorial';
  readonly unit: Experiment['unit'];
  readonly control: string;
  readonly sessionsPerArm: number;
  readonly analysis: Experiment['analysis'];
  readonly metrics: Experiment['metrics'];
  readonly arms: ArmSummary[];
  readonly comparisons: ComparisonSummary[];
  /** Viewer unit: share of replicates whose SRM test flagged the split (expected ≈ 0.001). */
  readonly srm: { readonly flaggedRate: Rate } | null;
  /** Relative lift (or absolute when undefined) estimated in each replicate, per primary comparison. */
  readonly primaryEstimates: { readonly contrast: string; readonly scale: 'relative' | 'absolute'; readonly trueEffect: number; readonly estimates: number[] }[];
  /** `objective`: what picked the arm — the primary metric's true value (revenue) or profit per session (profit). */
  readonly recommendation: { readonly verdict: 'roll-out' | 'keep-control' | 'inconclusive'; readonly arm: string; readonly objective: Objective; readonly text: string[] };
  /** What reproduces the result. */
  readonly input: { readonly file: string | null; readonly scenarioFile: string | null; readonly experiment: Experiment; readonly scenario: Scenario };
}
