import { InputError } from '../io/inputError.js';
import { zodProblems } from '../sim/scenario/zodProblems.js';
import { banditAllocation, banditArmTable, banditMethodology, banditPolicyTable, banditSeason } from './adapters/bandit.js';
import { BanditResultSchema } from '../results/index.js';
import { experimentCommandLine } from './adapters/experimentCommandLine.js';
import { experimentProvenance, inputCurrency } from './adapters/experimentInput.js';
import { banditChart } from './charts/banditChart.js';
import { segmentBreakdownChart } from './charts/segmentBreakdownChart.js';
import type { Report } from './report.js';

/**
 * The report of a bandit experiment (`livelift experiment <bandit file>`, kind "bandit"):
 *
 *   result ─▶ validate (BanditResultSchema) ─▶ season curves per policy (regret, share on the
 *   best arm, revenue) and sessions per arm ─▶ tables, summary (the recommendation), methodology,
 *   provenance ─▶ Report
 */
export function buildBanditReport(raw: unknown, file?: string): Report {
  const parsed = BanditResultSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const result = parsed.data;
  const currency = inputCurrency(result.input);
  return {
    kind: 'bandit',
    title: `Bandit experiment: ${result.name}`,
    summary: [...result.recommendation.text, `${result.replicates} simulated seasons of ${result.sessionsPerSeason} sessions over ${result.arms.length} arms (seed ${result.seed}).`],
    warnings: result.notes.map((note) => `${note.code}: ${note.message}`),
    charts: [
      { name: 'season', title: 'The season, session by session', caption: 'Top: revenue lost to weaker arms so far (regret); middle: share of simulated seasons that gave the session to the best arm; bottom: revenue of the session. Lines: mean; bands: 95% interval.', spec: banditChart(banditSeason(result, currency)) },
      { name: 'allocation', title: 'Sessions per arm', caption: 'How many of the season\'s sessions each policy gave each arm, on average.', spec: segmentBreakdownChart(banditAllocation(result)) },
    ],
    tables: [banditPolicyTable(result, currency), banditArmTable(result, currency)],
    methodology: banditMethodology(result),
    provenance: experimentProvenance(result, experimentCommandLine('experiment', result)),
    result: raw,
  };
}
