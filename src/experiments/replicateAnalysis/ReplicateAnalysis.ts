import type { EffectEstimate } from '../../stats/index.js';

/** An effect estimate as kept per replicate (interval ends may be ±Infinity in memory). */
export interface EffectRecord {
  readonly estimate: number;
  readonly se: number;
  readonly lo: number;
  readonly hi: number;
  readonly pValue: number;
}

/** One contrast × metric of one replicate: what the simulated test concluded. */
export interface ReplicateComparison {
  /** The decision's effects at the analysis alpha (cluster-robust / CUPED when they apply). */
  readonly absolute: EffectRecord;
  readonly relative: EffectRecord | null;
  /** Decision p-value: adjusted within its family when a correction applies. */
  readonly pValue: number;
  readonly significant: boolean;
  /** Cluster units: what a naive per-viewer analysis would have concluded. */
  readonly naive?: { readonly pValue: number; readonly significant: boolean; readonly estimate: number };
  readonly designEffect?: number | null;
  /** Sequential: first look (0-based session) whose always-valid test rejects; null if none. */
  readonly sequentialLook?: number | null;
  /** CUPED: 1 − Var(adjusted) / Var(unadjusted) of the lift. */
  readonly varianceReduction?: number;
  /** Bayesian: posterior chance that the treatment beats the control. */
  readonly chanceToWin?: number | null;
  /** Warning codes of the stats engine. */
  readonly warnings: readonly string[];
}

/** Everything the aggregation needs from one replicate. */
export interface ReplicateAnalysis {
  readonly replicate: number;
  /** [contrast][metric], in the experiment's contrast and metric order. */
  readonly comparisons: readonly (readonly ReplicateComparison[])[];
  /** Viewer unit: the SRM test of viewers per arm against the weights. */
  readonly srm: { readonly pValue: number; readonly flagged: boolean } | null;
  /** Viewers per arm in the observed test. */
  readonly viewers: readonly number[];
}

export function effectRecord(effect: EffectEstimate): EffectRecord {
  return { estimate: effect.estimate, se: effect.se, lo: effect.ci[0], hi: effect.ci[1], pValue: effect.pValue };
}
