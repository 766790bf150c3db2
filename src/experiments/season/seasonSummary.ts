import { replicateSummary, type ReplicateSummary } from './replicateSummary.js';
import { SESSION_OUTCOME_FIELDS, type SessionOutcome, type SessionOutcomeField } from './SessionOutcome.js';

/** One session index of a season across replicates. */
export type SeasonSessionSummary = { readonly session: number; readonly newViewers: ReplicateSummary } & {
  readonly [K in SessionOutcomeField]: ReplicateSummary;
};

/** A season over replicates: each session index, the whole season, and the realised return rate. */
export interface SeasonSummary {
  readonly bySession: SeasonSessionSummary[];
  /** Season totals (sums over sessions) of every outcome. */
  readonly totals: { readonly [K in SessionOutcomeField]: ReplicateSummary };
  /**
   * Σ returning viewers of sessions 1…S−1 over Σ new followers of sessions 0…S−2, pooled over
   * replicates: the share of followers who came back (the scenario's returnProbability, realised).
   */
  readonly returnRate: number | null;
}

/**
 * Summarise seasons (one per replicate, same length): each outcome per session index and summed
 * over the season, as mean, 95% t interval and 2.5–97.5% spread (`replicateSummary`).
 */
export function seasonSummary(seasons: readonly (readonly SessionOutcome[])[]): SeasonSummary {
  if (seasons.length === 0) throw new RangeError('seasonSummary needs at least one replicate');
  const sessions = seasons[0].length;
  const bySession = Array.from({ length: sessions }, (_, session): SeasonSessionSummary => {
    const outcomes = seasons.map((season) => season[session]);
    return {
      session,
      newViewers: replicateSummary(outcomes.map((o) => o.viewers - o.returningViewers)),
      ...fieldSummaries((field) => outcomes.map((o) => o[field])),
    };
  });
  const totals = fieldSummaries((field) => seasons.map((season) => season.reduce((sum, o) => sum + o[field], 0)));
  let returned = 0;
  let followed = 0;
  for (const season of seasons) {
    for (let k = 1; k < sessions; k++) {
      returned += season[k].returningViewers;
      followed += season[k - 1].newFollowers;
    }
  }
  return { bySession, totals, returnRate: followed > 0 ? returned / followed : null };
}

function fieldSummaries(values: (field: SessionOutcomeField) => number[]): { [K in SessionOutcomeField]: ReplicateSummary } {
  return Object.fromEntries(SESSION_OUTCOME_FIELDS.map((field) => [field, replicateSummary(values(field))])) as { [K in SessionOutcomeField]: ReplicateSummary };
}
