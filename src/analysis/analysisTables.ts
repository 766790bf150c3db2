import type { ReportTable } from '../format/reportTable.js';
import type { JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { AnalysisResult, MetricResult } from './analysisResult.js';

type Row = Record<string, string | number | boolean | null>;

/**
 * The CSV tables `--out DIR` writes beside result.json (as `data/<name>.csv`, through the
 * report's `toCsv`): every arm, every comparison with every method asked for, and the
 * data-quality findings. Rows of a segmented analysis carry the segment ("" for overall).
 */
export function analysisTables(result: AnalysisResult): ReportTable[] {
  const scopes: { segment: string; metrics: MetricResult[] }[] = [
    { segment: '', metrics: result.metrics },
    ...(result.segments ?? []).map((segment) => ({ segment: segment.name, metrics: segment.metrics })),
  ];
  const arms: Row[] = scopes.flatMap(({ segment, metrics }) =>
    metrics.flatMap((metric) => metric.variants.map((variant) => ({ segment, metric: metric.name, kind: metric.kind, ...variant }))),
  );
  const comparisons: Row[] = scopes.flatMap(({ segment, metrics }) =>
    metrics.flatMap((metric) =>
      metric.comparisons.map((c) => ({
        segment,
        metric: metric.name,
        kind: metric.kind,
        variant: c.variant,
        control: c.control,
        method: c.method,
        ...effectColumns('absolute', c.absolute),
        ...effectColumns('relative', c.relative),
        ...effectColumns('cupedAbsolute', c.cuped?.absolute ?? null),
        ...effectColumns('cupedRelative', c.cuped?.relative ?? null),
        varianceReduction: c.cuped?.varianceReduction ?? null,
        ...effectColumns('sequentialAbsolute', c.sequential?.absolute ?? null),
        ...effectColumns('sequentialRelative', c.sequential?.relative ?? null),
        chanceToWin: c.bayesian?.chanceToWin ?? null,
        designEffect: c.cluster?.designEffect ?? null,
        adjustedPValue: c.adjustedPValue ?? null,
        decisionPValue: c.headline.pValue,
        decisionAbsoluteCiLow: c.headline.absolute.ci[0],
        decisionAbsoluteCiHigh: c.headline.absolute.ci[1],
        decisionRelativeCiLow: c.headline.relative?.ci[0] ?? null,
        decisionRelativeCiHigh: c.headline.relative?.ci[1] ?? null,
        intervals: c.headline.label,
        decision: c.decision,
        significant: c.significant,
        verdict: c.verdict,
        warnings: c.warnings.map((entry) => entry.code).join(' '),
      })),
    ),
  );
  const quality: Row[] = [...result.warnings, ...result.dataQuality.warnings].map((entry) => ({
    code: entry.code,
    count: 'count' in entry && typeof entry.count === 'number' ? entry.count : null,
    message: entry.message,
  }));
  return [table('arms', 'Metrics per variant', arms), table('comparisons', 'Comparisons with control', comparisons), table('data-quality', 'Warnings', quality)];
}

function effectColumns(prefix: string, effect: JsonEffectEstimate | null): Row {
  return {
    [`${prefix}Estimate`]: effect?.estimate ?? null,
    [`${prefix}Se`]: effect?.se ?? null,
    [`${prefix}CiLow`]: effect?.ci[0] ?? null,
    [`${prefix}CiHigh`]: effect?.ci[1] ?? null,
    [`${prefix}PValue`]: effect?.pValue ?? null,
  };
}

/** A table whose columns are the keys of its rows (every row has the same keys). */
function table(name: string, title: string, rows: Row[]): ReportTable {
  const keys = rows.length > 0 ? Object.keys(rows[0]) : ['code', 'count', 'message'];
  return { name, title, columns: keys.map((key) => ({ key, label: key })), rows };
}
