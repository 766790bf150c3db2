import { ciBounds, estimateCells, estimateColumns } from '../../format/estimateColumns.js';
import type { ReportTable } from '../../report/report.js';
import type { PowerResult } from './PowerResult.js';

/**
 * The result's tables at full precision (for `--out` CSVs and reports): the simulated power curve,
 * and the plan (simulated size with its Monte-Carlo interval beside the naive analytic size).
 */
export function powerTables(result: PowerResult): ReportTable[] {
  const curve: ReportTable = {
    name: 'power-curve',
    title: `Simulated power of the ${result.metric} test (${result.contrast.name} vs ${result.contrast.control})`,
    columns: [
      { key: 'sessionsPerArm', label: result.unit.kind === 'session' ? 'Sessions per arm' : 'Shared sessions', format: 'count' },
      { key: 'viewersPerArm', label: 'Viewers per arm (control)', format: 'count' },
      ...estimateColumns('power', 'Power', ciBounds('Power'), 'percent'),
      { key: 'successes', label: 'Significant replicates', format: 'count' },
      { key: 'replicates', label: 'Replicates', format: 'count' },
    ],
    rows: result.points.map(({ ci, ...point }) => ({ ...point, ...estimateCells('power', point.power, ci) })),
  };
  const plan: ReportTable = {
    name: 'plan',
    title: `Size needed for ${Math.round(result.targetPower * 100)}% power`,
    columns: [
      { key: 'method', label: 'Method', format: 'text' },
      { key: 'sessionsPerArm', label: 'Sessions per arm' },
      { key: 'viewersPerArm', label: 'Viewers per arm (control)' },
      { key: 'low', label: '95% interval low (sessions)' },
      { key: 'high', label: '95% interval high (sessions)' },
    ],
    rows: [
      {
        method: 'simulation',
        sessionsPerArm: result.required.sessionsPerArm,
        viewersPerArm: result.required.viewersPerArm,
        low: result.required.interval?.[0] ?? null,
        high: result.required.interval?.[1] ?? null,
      },
      ...(result.analytic === null
        ? []
        : [{ method: `analytic ${result.analytic.test}, no clustering`, sessionsPerArm: result.analytic.sessionsPerArm, viewersPerArm: result.analytic.viewersPerArm[0], low: null, high: null }]),
    ],
  };
  return [curve, plan];
}
