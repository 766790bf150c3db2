import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { experimentProvenance } from './adapters/experimentInput.js';
import { isNumericSweep, sweepBars, sweepCurve, sweepMethodology, sweepSummary, sweepTable } from './adapters/sweep.js';
import { SweepResultSchema, type SweepResultData } from '../results/index.js';
import { segmentBreakdownChart } from './charts/segmentBreakdownChart.js';
import { sweepCurveChart } from './charts/sweepCurveChart.js';
import type { Report, ReportChart } from './report.js';

/**
 * The report of a parameter sweep (`livelift sweep`, or a sweep design; kind "sweep"):
 *
 *   result ─▶ validate (SweepResultSchema) ─▶ sweep curve (numeric values) or bars (other
 *   values) ─▶ table, summary (the optimum first), methodology, provenance ─▶ Report
 */
export function buildSweepReport(raw: unknown, file?: string): Report {
  const parsed = SweepResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  return {
    kind: 'sweep',
    title: `Sweep of ${result.parameter}: ${result.name}`,
    summary: sweepSummary(result),
    warnings: [],
    charts: [sweepChart(result)],
    tables: [sweepTable(result)],
    methodology: sweepMethodology(result),
    provenance: experimentProvenance(result, sweepCommandLine(result)),
    result: raw,
  };
}

function sweepChart(result: SweepResultData): ReportChart {
  if (isNumericSweep(result)) {
    return { name: 'sweep', title: 'Revenue and conversion across the sweep', caption: 'Mean over replicates (line) with its 95% interval (band) at each value; the red line marks the revenue-maximising value and the red band where the optimum lies.', spec: sweepCurveChart(sweepCurve(result)) };
  }
  return { name: 'sweep', title: 'Revenue per session for each value', caption: 'Mean revenue per session at each value, with its 95% interval.', spec: segmentBreakdownChart(sweepBars(result)) };
}

function sweepCommandLine(result: SweepResultData): string {
  if (result.input.file !== null) return `livelift experiment ${result.input.file} --seed ${result.seed} --replicates ${result.replicates}`;
  const values = result.points.map((point) => String(point.value)).join(',');
  return `livelift sweep ${result.input.scenarioFile ?? 'scenario.json'} --param "${result.parameter}" --values ${values} --sessions ${result.sessionsPerValue} --seed ${result.seed} --replicates ${result.replicates}`;
}
