/**
 * What one session of a season produced, in the words a strategist uses: revenue, who came (new
 * viewers and followers of earlier sessions who came back), who bought, and who followed the host
 * (the returning viewers of the next session).
 */
export interface SessionOutcome {
  /** Session number in the season, from 0. */
  readonly session: number;
  /** Arm that ran the session (0 for a season of one plan). */
  readonly arm: number;
  readonly revenue: number;
  readonly orders: number;
  /** Every viewer who arrived (new and returning). */
  readonly viewers: number;
  /** Followers of the previous session who came back to this one. */
  readonly returningViewers: number;
  readonly buyers: number;
  /** Buyers among the returning viewers. */
  readonly returningBuyers: number;
  /** Revenue paid by returning viewers. */
  readonly returningRevenue: number;
  /** Viewers of this session who followed the host (new or returning). */
  readonly newFollowers: number;
  /** Σ return probability over this session's new followers: the expected returning viewers of the next session. */
  readonly expectedReturning: number;
}

/** Field names of a session outcome's numbers, in a fixed order (CSV columns, compact arrays). */
export const SESSION_OUTCOME_FIELDS = [
  'revenue',
  'orders',
  'viewers',
  'returningViewers',
  'buyers',
  'returningBuyers',
  'returningRevenue',
  'newFollowers',
  'expectedReturning',
] as const satisfies readonly (keyof SessionOutcome)[];
export type SessionOutcomeField = (typeof SESSION_OUTCOME_FIELDS)[number];
