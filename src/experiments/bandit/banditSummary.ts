import type { Interval } from '../../stats/types.js';
import { wilsonInterval } from '../aggregate/wilsonInterval.js';
import { replicateSummary, type ReplicateSummary } from '../season/replicateSummary.js';
import type { SessionOutcome } from '../season/SessionOutcome.js';

/** One replicate of a bandit experiment: the same season (common random numbers) under each policy. */
export interface BanditReplicate {
  readonly thompson: readonly SessionOutcome[];
  /** Null when the experiment does not compare with a fixed split. */
  readonly fixed: readonly SessionOutcome[] | null;
  /** The oracle seasons: every session to arm a, for each arm a. */
  readonly always: readonly (readonly SessionOutcome[])[];
}

/** A policy over the replicates. */
export interface PolicySummary {
  /** Revenue of the whole season. */
  readonly totalRevenue: ReplicateSummary;
  /** Σₖ (μ* − μ_{aₖ}) at the end of the season: expected revenue lost to the arms chosen. */
  readonly cumulativeRegret: ReplicateSummary;
  /** Revenue of the always-best season (same random numbers) minus this policy's revenue. */
  readonly realizedRegret: ReplicateSummary;
  /** Share of the season's sessions given to the best arm. */
  readonly bestArmShare: ReplicateSummary;
  /** Mean number of sessions each arm ran, in arm order. */
  readonly sessionsPerArm: number[];
  /** Followers of earlier sessions who came back, summed over the season. */
  readonly returningViewers: ReplicateSummary;
}

/** One session index of the season, across replicates. */
export interface BanditSessionPoint {
  readonly session: number;
  readonly policy: 'thompson' | 'fixed';
  /** Cumulative regret after this session: mean and its 95% t interval. */
  readonly regret: number;
  readonly regretCi: Interval;
  /** Share of replicates that gave this session to the best arm, with its Wilson interval. */
  readonly bestArmShare: number;
  readonly bestArmShareCi: Interval;
}

export interface BanditSummary {
  /** True revenue per session of each arm (mean over always-that-arm seasons), with its Monte-Carlo error. */
  readonly armRevenuePerSession: ReplicateSummary[];
  readonly bestArm: number;
  readonly thompson: PolicySummary;
  readonly fixed: PolicySummary | null;
  /** Thompson minus fixed split, paired by replicate (common random numbers). */
  readonly difference: { readonly totalRevenue: ReplicateSummary; readonly cumulativeRegret: ReplicateSummary } | null;
  readonly bySession: BanditSessionPoint[];
}

/**
 * Aggregate bandit replicates:
 *
 *   always-a seasons ─▶ μₐ (revenue per session of arm a over a season) ─▶ best arm a* = argmax μₐ
 *   each policy      ─▶ per replicate: season revenue, regret Σₖ(μ* − μ_{aₖ}), share on a*
 *                    ─▶ mean with 95% t interval and 2.5–97.5% spread; per session: regret curve
 *                       and share of replicates on a* (Wilson interval)
 *
 * Regret is the pseudo-regret of the bandit literature (Lattimore & Szepesvári, Bandit
 * Algorithms, 2020, §4.5) with μₐ estimated by the oracle seasons; with retention an arm's μ is
 * its season average, so a host who builds a following is credited for it.
 */
export function banditSummary(replicates: readonly BanditReplicate[]): BanditSummary {
  if (replicates.length === 0) throw new RangeError('banditSummary needs at least one replicate');
  const arms = replicates[0].always.length;
  const armRevenuePerSession = Array.from({ length: arms }, (_, arm) => replicateSummary(replicates.map((r) => meanRevenue(r.always[arm]))));
  const truth = armRevenuePerSession.map((s) => s.mean);
  const bestArm = truth.indexOf(Math.max(...truth));
  const thompson = policySummary(replicates.map((r) => r.thompson), replicates, truth, bestArm);
  const hasFixed = replicates.every((r) => r.fixed !== null);
  const fixed = hasFixed ? policySummary(replicates.map((r) => r.fixed!), replicates, truth, bestArm) : null;
  const difference = hasFixed
    ? {
        totalRevenue: replicateSummary(replicates.map((r) => totalRevenue(r.thompson) - totalRevenue(r.fixed!))),
        cumulativeRegret: replicateSummary(replicates.map((r) => regret(r.thompson, truth, bestArm) - regret(r.fixed!, truth, bestArm))),
      }
    : null;
  const bySession = [
    ...sessionCurve('thompson', replicates.map((r) => r.thompson), truth, bestArm),
    ...(hasFixed ? sessionCurve('fixed', replicates.map((r) => r.fixed!), truth, bestArm) : []),
  ];
  return { armRevenuePerSession, bestArm, thompson, fixed, difference, bySession };
}

function policySummary(
  seasons: readonly (readonly SessionOutcome[])[],
  replicates: readonly BanditReplicate[],
  truth: readonly number[],
  bestArm: number,
): PolicySummary {
  const sessionsPerArm = truth.map((_, arm) => seasons.reduce((sum, season) => sum + season.filter((o) => o.arm === arm).length, 0) / seasons.length);
  return {
    totalRevenue: replicateSummary(seasons.map(totalRevenue)),
    cumulativeRegret: replicateSummary(seasons.map((season) => regret(season, truth, bestArm))),
    realizedRegret: replicateSummary(seasons.map((season, i) => totalRevenue(replicates[i].always[bestArm]) - totalRevenue(season))),
    bestArmShare: replicateSummary(seasons.map((season) => season.filter((o) => o.arm === bestArm).length / season.length)),
    sessionsPerArm,
    returningViewers: replicateSummary(seasons.map((season) => season.reduce((sum, o) => sum + o.returningViewers, 0))),
  };
}

function sessionCurve(
  policy: 'thompson' | 'fixed',
  seasons: readonly (readonly SessionOutcome[])[],
  truth: readonly number[],
  bestArm: number,
): BanditSessionPoint[] {
  const cumulative = seasons.map(() => 0);
  return seasons[0].map((_, session) => {
    let onBest = 0;
    seasons.forEach((season, i) => {
      cumulative[i] += truth[bestArm] - truth[season[session].arm];
      if (season[session].arm === bestArm) onBest++;
    });
    const regretSummary = replicateSummary(cumulative);
    return {
      session,
      policy,
      regret: regretSummary.mean,
      regretCi: regretSummary.ci,
      bestArmShare: onBest / seasons.length,
      bestArmShareCi: wilsonInterval(onBest, seasons.length, 0.05),
    };
  });
}

function totalRevenue(season: readonly SessionOutcome[]): number {
  return season.reduce((sum, o) => sum + o.revenue, 0);
}

function meanRevenue(season: readonly SessionOutcome[]): number {
  return totalRevenue(season) / season.length;
}

function regret(season: readonly SessionOutcome[], truth: readonly number[], bestArm: number): number {
  return season.reduce((sum, o) => sum + truth[bestArm] - truth[o.arm], 0);
}
