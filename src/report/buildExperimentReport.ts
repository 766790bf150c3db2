import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { experimentDecomposition, experimentForest, experimentFunnel, experimentLiftDistributions, experimentRevenuePerArm } from './adapters/experiment.js';
import { experimentCommandLine } from './adapters/experimentCommandLine.js';
import { experimentProvenance, inputCurrency } from './adapters/experimentInput.js';
import { ExperimentResultSchema, type ExperimentResultData } from '../results/index.js';
import { experimentArmTable, experimentComparisonTable, experimentFunnelTable } from './adapters/experimentTables.js';
import { experimentMethodology, experimentSummary, experimentWarnings } from './adapters/experimentText.js';
import { decompositionChart } from './charts/decompositionChart.js';
import { forestChart } from './charts/forestChart.js';
import { funnelChart } from './charts/funnelChart.js';
import { liftDistributionChart } from './charts/liftDistributionChart.js';
import { segmentBreakdownChart } from './charts/segmentBreakdownChart.js';
import type { Report, ReportChart } from './report.js';

/**
 * The report of a simulated experiment (`livelift experiment`, kind "experiment"):
 *
 *   result ─▶ validate (ExperimentResultSchema) ─▶ adapters (potential outcomes per arm,
 *   estimates over replicates) ─▶ charts: funnel, R = A × P × V, revenue per arm, forest,
 *   lift distributions ─▶ tables, summary (recommendation first), methodology, provenance ─▶ Report
 */
export function buildExperimentReport(raw: unknown, file?: string): Report {
  const parsed = ExperimentResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  const currency = inputCurrency(result.input);
  return {
    kind: 'experiment',
    title: `Simulated experiment: ${result.name}`,
    summary: experimentSummary(result, currency),
    warnings: experimentWarnings(result),
    charts: experimentCharts(result, currency),
    tables: [experimentComparisonTable(result), experimentArmTable(result, currency), experimentFunnelTable(result)].filter((table) => table !== null),
    methodology: experimentMethodology(result),
    provenance: experimentProvenance(result, experimentCommandLine('experiment', result)),
    result: raw,
  };
}

function experimentCharts(result: ExperimentResultData, currency: string): ReportChart[] {
  const charts: ReportChart[] = [];
  const funnel = experimentFunnel(result);
  if (funnel) charts.push({ name: 'funnel', title: 'Funnel per arm', caption: 'Viewers per session reaching each step in each arm (arrived, engaged, saw the link, opened the product card, bought), with every viewer of the same simulated sessions in that arm; labels give the rate from the step above.', spec: funnelChart(funnel) });
  const decomposition = experimentDecomposition(result, currency);
  if (decomposition) charts.push({ name: 'decomposition', title: 'Revenue decomposition per arm', caption: 'Revenue per session = viewers × conversion × revenue per buyer, per arm, so a revenue change can be traced to reach, conversion or basket; whisker: 95% interval of the expected revenue.', spec: decompositionChart(decomposition) });
  charts.push({ name: 'revenue', title: 'Expected revenue per session per arm', caption: 'What one session would earn with each arm rolled out to every viewer; whiskers: 95% interval of that expectation (Monte-Carlo error).', spec: segmentBreakdownChart(experimentRevenuePerArm(result, currency)) });
  const forest = experimentForest(result);
  if (forest) charts.push({ name: 'forest', title: 'Estimated lift by metric and contrast', caption: 'Each row is one metric for one contrast: the diamond is the mean lift the simulated tests estimated, the bar where 95% of their estimates fall, the red tick the true effect. Filled diamonds: most tests were significant.', spec: forestChart(forest) });
  experimentLiftDistributions(result).forEach((distribution, index) => {
    charts.push({ name: `lift-${index + 1}`, title: `Estimated lift over replicates: ${distribution.contrast}`, caption: 'The lift each simulated test estimated on the primary metric; the solid line is the true effect, the dashed line the mean estimate: their gap is the bias, the width the noise of one test.', spec: liftDistributionChart(distribution) });
  });
  return charts;
}
