import { toJsonSafe, type JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { SrmJson } from './analysisResult.js';
import { compareVariant } from './compareVariant.js';
import type { AggregatedOverTime } from './input/AggregatedData.js';
import { msprtResults, type MsprtJson } from './msprtResult.js';
import type { VariantPlan } from './resolveVariants.js';

/**
 * `--date COL`: the peeking picture. At the end of each day, the cumulative comparison of every
 * metric × variant with the fixed-horizon interval (what a peeker computes, valid only at a
 * planned end) and the always-valid confidence sequence (valid at every look) side by side, and
 * the sample-ratio test of the cumulative units. All unadjusted; CUPED-adjusted when the metric
 * has a covariate (the same primary estimate as the headline). The last day is the whole data.
 */
export interface OverTimeJson {
  /** The `--date` column. */
  readonly column: string;
  /** What `days[].units` counts (kept rows; with `--unit` the overall SRM counts units once instead). */
  readonly unitsCounted: 'rows';
  /** Total sample size where the confidence sequence is tightest (`--tuning`). */
  readonly tuning: number;
  /** One entry per day with data, in calendar order. */
  readonly days: OverTimeDay[];
  readonly metrics: OverTimeMetric[];
}

export interface OverTimeDay {
  /** `YYYY-MM-DD` (a timestamp with an offset is moved to UTC first). */
  readonly day: string;
  /** Cumulative units per variant, control first (analysis order). */
  readonly units: number[];
  /** SRM test of the cumulative units against the planned split. */
  readonly srm: SrmJson;
}

export interface OverTimeMetric {
  readonly name: string;
  readonly comparisons: {
    readonly variant: string;
    /** One look per day, as `days`. */
    readonly looks: OverTimeLook[];
  }[];
}

export interface OverTimeLook {
  readonly day: string;
  /** Units with a value of this metric in the two arms, cumulative. */
  readonly n: number;
  /** Fixed-horizon estimate, interval and p computed at this look (naive when peeked at). */
  readonly fixedHorizon: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null };
  /** Always-valid confidence sequence at this look (`--tuning`, same alpha and sides). */
  readonly alwaysValid: { readonly absolute: JsonEffectEstimate; readonly relative: JsonEffectEstimate | null };
  /** `--msprt` (conversions): the mSPRT at this look, its p carried forward from the earlier days. */
  readonly msprt?: MsprtJson;
}

/** Compare every metric × variant at each day's cumulative statistics (see {@link OverTimeJson}). */
export function overTimeResult(overTime: AggregatedOverTime, plan: VariantPlan, variants: readonly string[], options: AnalyzeOptions, srmOf: (units: readonly number[]) => SrmJson): OverTimeJson {
  const lookOptions: AnalyzeOptions = { ...options, sequential: true, bayesian: false, exact: false };
  const [control, ...treatments] = plan.order;
  const safe = (effect: Parameters<typeof toJsonSafe>[0] | null) => (effect ? toJsonSafe(effect) : null);
  const metrics = overTime.days[0]?.metrics.map((metric, m): OverTimeMetric => ({
    name: metric.name,
    comparisons: treatments.map((v) => {
      const msprt = options.msprt && metric.kind === 'proportion' ? msprtResults(overTime.days.map((day) => ({ control: day.metrics[m].arms[control], treatment: day.metrics[m].arms[v] })), options) : undefined;
      return {
        variant: variants[v],
        looks: overTime.days.map((day, d): OverTimeLook => {
          const cumulative = day.metrics[m];
          const draft = compareVariant(cumulative, control, v, variants, lookOptions);
          const primary = draft.cuped ?? draft.fixed;
          const sequence = draft.sequential!;
          return {
            day: day.day,
            n: cumulative.arms[control].n + cumulative.arms[v].n,
            fixedHorizon: { absolute: toJsonSafe(primary.absolute), relative: safe(primary.relative) },
            alwaysValid: { absolute: toJsonSafe(sequence.absolute), relative: safe(sequence.relative) },
            ...(msprt ? { msprt: msprt[d] } : {}),
          };
        }),
      };
    }),
  }));
  return {
    column: overTime.column,
    unitsCounted: overTime.unitsCounted,
    tuning: options.tuning,
    days: overTime.days.map((day) => ({ day: day.day, units: plan.order.map((v) => day.units[v]), srm: srmOf(day.units) })),
    metrics: metrics ?? [],
  };
}
