import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { simulationDecomposition, simulationFunnel, simulationTimeline } from './adapters/simulate.js';
import { SimulationResultSchema, type SimulationResultData } from '../results/index.js';
import { simulationGroupTable, simulationSummaryTable } from './adapters/simulationTables.js';
import { simulationMethodology, simulationSummary } from './adapters/simulationText.js';
import { decompositionChart } from './charts/decompositionChart.js';
import { funnelChart } from './charts/funnelChart.js';
import { segmentBreakdownChart } from './charts/segmentBreakdownChart.js';
import { timelineChart } from './charts/timelineChart.js';
import type { Report, ReportChart, ReportTable } from './report.js';

/**
 * The report of a `simulate` result:
 *
 *   result ─▶ validate (SimulationResultSchema) ─▶ adapters over the runs (funnel, timeline,
 *   R = A × P × V, audience segments) ─▶ charts ─▶ tables, summary, methodology, provenance ─▶ Report
 */
export function buildSimulationReport(raw: unknown, file?: string): Report {
  const parsed = SimulationResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  return {
    kind: 'simulation',
    title: `Simulation: ${result.scenario.name}`,
    summary: simulationSummary(result),
    warnings: [],
    charts: simulationCharts(result),
    tables: simulationTables(result),
    methodology: simulationMethodology(result),
    provenance: {
      version: result.livelift.version,
      command: `livelift simulate scenario.json --seed ${result.seed} --replicates ${result.replicates}   (scenario.json: the exact input below)`,
      seeds: [result.seed],
      input: result.scenario,
    },
    result: raw,
  };
}

function simulationCharts(result: SimulationResultData): ReportChart[] {
  const arms = [{ name: result.scenario.name, runs: result.runs }];
  const currency = result.scenario.currency;
  const charts: ReportChart[] = [
    { name: 'funnel', title: 'Funnel', caption: 'Viewers reaching each step, averaged over the simulated sessions; labels give the rate from the step above, so the leakiest step stands out.', spec: funnelChart(simulationFunnel(arms)) },
    { name: 'timeline', title: 'Live timeline', caption: 'Minute by minute: the mean over sessions (line), where 90% of sessions fall (band), and the host\'s plan (grey bands).', spec: timelineChart(simulationTimeline(arms, result.scenario.plan ?? [], currency)) },
    { name: 'decomposition', title: 'Revenue decomposition', caption: 'Revenue = audience × purchase rate × value per buyer; whiskers show where 90% of sessions fall.', spec: decompositionChart(simulationDecomposition(arms, currency)) },
  ];
  const segments = result.summaryBySegment ?? {};
  if (Object.keys(segments).length > 1) {
    const rows = Object.entries(segments).flatMap(([id, metrics]) => {
      const conversion = metrics.conversionRate;
      return conversion?.mean == null ? [] : [{ segment: id, arm: result.scenario.name, value: conversion.mean, lo: conversion.ci[0] ?? undefined, hi: conversion.ci[1] ?? undefined }];
    });
    charts.push({ name: 'segments', title: 'Conversion by audience segment', caption: 'Share of each audience segment\'s arrivals who bought; whiskers: where 95% of sessions fall.', spec: segmentBreakdownChart({ dimension: 'Audience segment', metric: 'Conversion (%)', format: '.1%', rows }) });
  }
  return charts;
}

function simulationTables(result: SimulationResultData): ReportTable[] {
  const tables = [simulationSummaryTable(result)];
  if (result.summaryBySegment && Object.keys(result.summaryBySegment).length > 0) tables.push(simulationGroupTable('segments', 'By audience segment', 'Segment', result.summaryBySegment));
  if (result.summaryByProduct && Object.keys(result.summaryByProduct).length > 0) tables.push(simulationGroupTable('products', 'By product', 'Product', result.summaryByProduct));
  return tables;
}
