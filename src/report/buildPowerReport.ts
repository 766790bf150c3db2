import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { experimentCommandLine } from './adapters/experimentCommandLine.js';
import { experimentProvenance } from './adapters/experimentInput.js';
import { powerCurve } from './adapters/power.js';
import { PowerResultSchema } from '../results/index.js';
import { powerMethodology, powerRequirementTable, powerSummary, powerTable } from './adapters/powerText.js';
import { powerCurveChart } from './charts/powerCurveChart.js';
import type { Report } from './report.js';

/**
 * The report of power planning by simulation (`livelift power <experiment>`, kind "power"):
 *
 *   result ─▶ validate (PowerResultSchema) ─▶ power curve (simulated points, probit fit, target,
 *   chosen and naive sizes) ─▶ tables (points, requirement), summary, methodology, provenance ─▶ Report
 */
export function buildPowerReport(raw: unknown, file?: string): Report {
  const parsed = PowerResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  return {
    kind: 'power',
    title: `Power planning: ${result.name}`,
    summary: powerSummary(result),
    warnings: result.notes.map((note) => `${note.code}: ${note.message}`),
    charts: [{ name: 'power-curve', title: 'Power curve', caption: 'Dots: simulated power at each size with its 95% interval; line: the fitted probit curve; dashed: the target power and the naive formula\'s size; red: the size needed.', spec: powerCurveChart(powerCurve(result)) }],
    tables: [powerRequirementTable(result), powerTable(result)],
    methodology: powerMethodology(result),
    provenance: experimentProvenance(result, `${experimentCommandLine('power', result)} --target-power ${result.targetPower}`),
    result: raw,
  };
}
