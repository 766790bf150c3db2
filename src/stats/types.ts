import type { WarningCode } from './warnings.js';

/** Direction of the alternative hypothesis: two-sided, treatment greater, treatment less. */
export type Sides = 'two' | 'greater' | 'less';

export type Interval = [number, number];

/** One estimated effect (absolute or relative lift) with its uncertainty. */
export interface EffectEstimate {
  readonly estimate: number;
  readonly se: number;
  /** Confidence interval at 1 − alpha, open-ended (±Infinity) on one side for one-sided tests. */
  readonly ci: Interval;
  readonly pValue: number;
}

/** A data condition the analyst should know about; never thrown, always returned. */
export interface StatsWarning {
  readonly code: WarningCode;
  readonly message: string;
}
