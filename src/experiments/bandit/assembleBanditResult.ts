import { liveliftVersion } from '../../io/liveliftVersion.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import type { SeasonPayload } from '../season/SeasonPayload.js';
import { seasonSummary } from '../season/seasonSummary.js';
import { banditNote, type BanditNoteCode } from './banditNotes.js';
import { banditRecommendation } from './banditRecommendation.js';
import type { BanditResult } from './BanditResult.js';
import { banditSummary, type BanditReplicate, type BanditSummary } from './banditSummary.js';

export interface BanditResultInputs {
  readonly loaded: LoadedExperiment;
  readonly payload: SeasonPayload;
  readonly replicates: readonly BanditReplicate[];
  readonly warmupRaised: boolean;
}

/** Replicates → the `kind: "bandit"` result: arms, policies, curves, seasons, recommendation, notes. */
export function assembleBanditResult(inputs: BanditResultInputs): BanditResult {
  const { loaded, payload, replicates } = inputs;
  const experiment = loaded.experiment;
  const summary = banditSummary(replicates);
  const names = payload.arms.map((arm) => arm.name);
  const hasFixed = summary.fixed !== null;
  const arms = loaded.arms.map((arm, a) => ({
    name: arm.name,
    description: arm.description,
    revenuePerSession: summary.armRevenuePerSession[a],
    isBest: a === summary.bestArm,
    thompsonSessions: summary.thompson.sessionsPerArm[a],
    fixedSessions: summary.fixed === null ? null : summary.fixed.sessionsPerArm[a],
  }));
  return {
    kind: 'bandit',
    version: liveliftVersion(),
    name: experiment.name,
    description: experiment.description,
    seed: payload.seed,
    replicates: replicates.length,
    sessionsPerSeason: payload.sessionsPerSeason,
    reward: 'revenue',
    warmupSessionsPerArm: payload.bandit!.warmupSessionsPerArm,
    prior: payload.bandit!.prior,
    season: payload.settings,
    arms,
    bestArm: names[summary.bestArm],
    thompson: summary.thompson,
    fixed: summary.fixed,
    difference: summary.difference,
    bySession: summary.bySession,
    seasons: {
      thompson: seasonSummary(replicates.map((r) => r.thompson)),
      fixed: hasFixed ? seasonSummary(replicates.map((r) => r.fixed!)) : null,
      always: names.map((arm, a) => {
        const season = seasonSummary(replicates.map((r) => r.always[a]));
        return { arm, totals: season.totals, returnRate: season.returnRate };
      }),
    },
    recommendation: { text: banditRecommendation(summary, names, loaded.base.currency, payload.sessionsPerSeason) },
    notes: notes(inputs, summary).map(banditNote),
    input: { file: loaded.file ?? null, scenarioFile: loaded.scenarioFile ?? null, experiment, scenario: loaded.base },
  };
}

function notes(inputs: BanditResultInputs, summary: BanditSummary): BanditNoteCode[] {
  const codes: BanditNoteCode[] = [];
  if (inputs.warmupRaised) codes.push('WARMUP_RAISED');
  const best = summary.armRevenuePerSession[summary.bestArm];
  if (summary.armRevenuePerSession.some((arm, a) => a !== summary.bestArm && arm.ci[1] >= best.ci[0])) codes.push('BEST_ARM_UNCERTAIN');
  if (2 * inputs.payload.bandit!.warmupSessionsPerArm * inputs.payload.arms.length > inputs.payload.sessionsPerSeason) codes.push('SHORT_SEASON');
  return codes;
}
