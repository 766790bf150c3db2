import type { SequentialChartData } from '../charts/sequentialChart.js';
import type { ReportTable } from '../report.js';
import type { AnalysisResultData as AnalysisResult, OverTime } from '../../results/index.js';
import { metricUnitLabel } from './analysisTables.js';

/**
 * One sequential chart per metric × variant from `--date`: x is the day, the band the
 * always-valid interval, the dashed lines the fixed-horizon interval a peeker computes each day,
 * the black bar the fixed-horizon interval on the last day (the whole data). Relative lifts when
 * every look has one, else absolute differences. Unbounded ends are drawn at the plotted range's
 * edge. Every number is the result's; nothing is recomputed.
 */
export function analysisOverTimeCharts(result: AnalysisResult): SequentialChartData[] {
  const overTime = result.overTime;
  if (overTime === undefined) return [];
  return overTime.metrics.flatMap((metric) =>
    metric.comparisons.flatMap((comparison): SequentialChartData[] => {
      const looks = comparison.looks;
      if (looks.length === 0) return [];
      const relative = looks.every((look) => look.fixedHorizon.relative !== null && look.alwaysValid.relative !== null);
      const pick = (effects: OverTime['metrics'][number]['comparisons'][number]['looks'][number]['fixedHorizon']) => (relative ? effects.relative! : effects.absolute);
      const finite = looks.flatMap((look) => [...pick(look.fixedHorizon).ci, ...pick(look.alwaysValid).ci, pick(look.fixedHorizon).estimate]).filter((value): value is number => value !== null);
      const span = finite.length > 0 ? Math.max(...finite, 0) - Math.min(...finite, 0) || 0.1 : 0.1;
      const edgeLo = Math.min(...finite, 0) - 0.1 * span;
      const edgeHi = Math.max(...finite, 0) + 0.1 * span;
      const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
      const last = looks[looks.length - 1];
      const lastFixed = pick(last.fixedHorizon);
      return [
        {
          metric: `${metric.name} (${comparison.variant} vs ${result.control})`,
          looks: looks
            .filter((look) => pick(look.fixedHorizon).estimate !== null)
            .map((look) => {
              const fixed = pick(look.fixedHorizon);
              const valid = pick(look.alwaysValid);
              return { at: at(look.day), estimate: fixed.estimate!, lo: valid.ci[0] ?? edgeLo, hi: valid.ci[1] ?? edgeHi, naiveLo: fixed.ci[0] ?? edgeLo, naiveHi: fixed.ci[1] ?? edgeHi };
            }),
          fixedHorizon: { at: at(last.day), estimate: lastFixed.estimate ?? 0, lo: lastFixed.ci[0] ?? edgeLo, hi: lastFixed.ci[1] ?? edgeHi },
          scale: relative ? 'relative' : 'absolute',
          xTitle: `Day (${overTime.column}), cumulative data`,
          xTemporal: true,
          ...unitOf(result, metric.name),
          level: 1 - result.alpha,
        },
      ];
    }),
  );
}

/** The over-time numbers behind the charts, one row per metric × variant × day. */
export function analysisOverTimeTable(result: AnalysisResult): ReportTable | undefined {
  const overTime = result.overTime;
  if (overTime === undefined) return undefined;
  const level = `${Math.round((1 - result.alpha) * 1000) / 10}%`;
  return {
    name: 'over-time',
    title: `Over time by ${overTime.column} (cumulative)`,
    caption: `At the end of each day: the cumulative lift with its fixed-horizon ${level} interval (valid only at a planned end: reading it every day is peeking) and the always-valid ${level} interval (valid at every look), both unadjusted, and the sample-ratio test of the cumulative units.`,
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'variant', label: 'Variant', format: 'text' },
      { key: 'day', label: 'Day', format: 'text' },
      { key: 'n', label: 'Units (both arms)', format: 'count' },
      { key: 'relative', label: 'Lift (%)', format: 'signedPercent' },
      { key: 'fixedLo', label: `Fixed-horizon ${level} CI low (%)`, format: 'signedPercent' },
      { key: 'fixedHi', label: `Fixed-horizon ${level} CI high (%)`, format: 'signedPercent' },
      { key: 'fixedP', label: 'Fixed-horizon p', format: 'pValue' },
      { key: 'validLo', label: `Always-valid ${level} CI low (%)`, format: 'signedPercent' },
      { key: 'validHi', label: `Always-valid ${level} CI high (%)`, format: 'signedPercent' },
      { key: 'validP', label: 'Always-valid p', format: 'pValue' },
      { key: 'srmP', label: 'SRM p (cumulative)', format: 'pValue' },
    ],
    rows: overTime.metrics.flatMap((metric) =>
      metric.comparisons.flatMap((comparison) =>
        comparison.looks.map((look) => ({
          metric: metric.name,
          variant: comparison.variant,
          day: look.day,
          n: look.n,
          relative: look.fixedHorizon.relative?.estimate ?? null,
          fixedLo: look.fixedHorizon.relative?.ci[0] ?? null,
          fixedHi: look.fixedHorizon.relative?.ci[1] ?? null,
          fixedP: look.fixedHorizon.relative?.pValue ?? look.fixedHorizon.absolute.pValue,
          validLo: look.alwaysValid.relative?.ci[0] ?? null,
          validHi: look.alwaysValid.relative?.ci[1] ?? null,
          validP: look.alwaysValid.relative?.pValue ?? look.alwaysValid.absolute.pValue,
          srmP: overTime.days.find((day) => day.day === look.day)?.srm.pValue ?? null,
        })),
      ),
    ),
  };
}

function unitOf(result: AnalysisResult, name: string): { unit?: string } {
  const metric = result.metrics.find((candidate) => candidate.name === name);
  const unit = metric ? metricUnitLabel(metric) : undefined;
  return unit === undefined ? {} : { unit };
}
