import { toJsonSafe } from '../stats/toJsonSafe.js';
import type { AnalyzeOptions } from './analyzeOptions.js';
import type { OverTimeJson, OverTimeLook, OverTimeMetric, SrmJson } from './analysisResult.js';
import { compareVariant } from './compareVariant.js';
import type { AggregatedOverTime } from './input/AggregatedData.js';
import { msprtResults } from './msprtResult.js';
import type { VariantPlan } from './resolveVariants.js';

/**
 * `--date COL`: compare every metric × variant at each day's cumulative statistics, with the
 * fixed-horizon and the always-valid interval, and the SRM of the cumulative units (see
 * {@link OverTimeJson}). The looks reuse `compareVariant` with `--sequential` on.
 */
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
