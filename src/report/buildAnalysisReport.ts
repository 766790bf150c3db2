import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { analysisForest, analysisPosteriors, analysisSegments, analysisSrm } from './adapters/analyze.js';
import { AnalysisResultSchema, type AnalysisResultData as AnalysisResult } from '../results/index.js';
import { analysisOverTimeCharts, analysisOverTimeTable } from './adapters/analysisOverTime.js';
import { analysisQuantileTable } from './adapters/analysisQuantiles.js';
import { analysisComparisonTable, analysisMetricTable } from './adapters/analysisTables.js';
import { analysisMethodology, analysisSummary } from './adapters/analysisText.js';
import { analysisHeterogeneityTable, analysisMarginTable } from './adapters/decisionTables.js';
import { forestChart } from './charts/forestChart.js';
import { posteriorChart } from './charts/posteriorChart.js';
import { segmentBreakdownChart } from './charts/segmentBreakdownChart.js';
import { sequentialChart } from './charts/sequentialChart.js';
import { srmChart } from './charts/srmChart.js';
import type { Report, ReportChart } from './report.js';

/**
 * The report of an `analyze` result:
 *
 *   result ─▶ validate (AnalysisResultSchema) ─▶ adapters (forest, posteriors, SRM) ─▶ charts
 *          ─▶ tables, summary, methodology, provenance ─▶ Report
 */
export function buildAnalysisReport(raw: unknown, file?: string): Report {
  const parsed = AnalysisResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  return {
    kind: 'analysis',
    title: `A/B analysis${inputName(result) ? `: ${inputName(result)}` : ''}`,
    summary: analysisSummary(result),
    warnings: analysisWarnings(result),
    charts: analysisCharts(result),
    tables: [analysisMetricTable(result), analysisComparisonTable(result), ...[analysisMarginTable(result), analysisHeterogeneityTable(result), analysisOverTimeTable(result), analysisQuantileTable(result)].filter((table) => table !== undefined)],
    methodology: analysisMethodology(result),
    provenance: {
      version: result.version,
      command: `livelift analyze ${inputName(result) ?? '<input>'} (options under "Exact input")`,
      seeds: [],
      inputFile: inputName(result),
      input: { input: result.input ?? null, options: result.options ?? null },
    },
    result: raw,
  };
}

function analysisCharts(result: AnalysisResult): ReportChart[] {
  const charts: ReportChart[] = [];
  const forest = analysisForest(result);
  if (forest) charts.push({ name: 'forest', title: 'Lift by metric and variant', caption: 'Each row is one metric for one variant: the diamond is the estimated lift over control, the bar its confidence interval; filled diamonds are significant. Bars crossing the dashed zero line are consistent with no effect.', spec: forestChart(forest) });
  analysisPosteriors(result).forEach((posterior, index) => {
    charts.push({ name: `posterior-${index + 1}`, title: `Posterior of the lift: ${posterior.metric}`, caption: 'How plausible each lift is after seeing the data; the legend gives the chance that the variant beats control.', spec: posteriorChart(posterior) });
  });
  analysisSegments(result).forEach((segments, index) => {
    charts.push({ name: `segments-${index + 1}`, title: `By ${segments.dimension}: ${segments.metric}`, caption: 'The metric in each segment, per variant: look for segments where the variants disagree.', spec: segmentBreakdownChart(segments) });
  });
  analysisOverTimeCharts(result).forEach((overTime, index) => {
    charts.push({ name: `over-time-${index + 1}`, title: `Over time: ${overTime.metric}`, caption: 'The peeking picture. Band: the always-valid interval, safe to read every day; dashed lines: the fixed-horizon interval a peeker computes each day, which excludes zero by chance far more often than alpha; black bar: the fixed-horizon interval on the whole data. Unbounded ends are drawn at the edge.', spec: sequentialChart(overTime) });
  });
  const srm = analysisSrm(result);
  if (srm) charts.push({ name: 'srm', title: 'Sample ratio mismatch check', caption: 'Units observed in each variant against the planned split. A mismatch means the assignment or the logging is broken, and effects cannot be trusted.', spec: srmChart(srm) });
  return charts;
}

/** Analysis, data-quality and comparison warnings, each once, as "CODE: message". */
function analysisWarnings(result: AnalysisResult): string[] {
  const comparisonWarnings = result.metrics.flatMap((metric) => metric.comparisons.flatMap((comparison) => comparison.warnings ?? []));
  const all = [...(result.warnings ?? []), ...(result.dataQuality?.warnings ?? []), ...comparisonWarnings].map(warningText);
  if (result.srm?.flagged && !all.some((text) => text.includes('SRM') || text.includes('SAMPLE_RATIO'))) all.unshift(`SRM: sample ratio mismatch (p = ${result.srm.pValue})`);
  return [...new Set(all)];
}

function warningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  const { code, message } = (warning ?? {}) as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string').join(': ') || JSON.stringify(warning);
}

function inputName(result: AnalysisResult): string | undefined {
  const input = result.input as { file?: unknown } | string | undefined;
  if (typeof input === 'string') return input;
  return typeof input?.file === 'string' ? input.file : undefined;
}
