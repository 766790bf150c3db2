/**
 * What each kind of plan segment does to the room, by default. Every number can be overridden per
 * segment with `effects`. Minutes of the session not covered by any segment behave like
 * {@link NEUTRAL_EFFECTS} (the host simply talks).
 *
 * - leaveMultiplier: how fast viewers use up their patience (1 neutral, 2 twice as fast).
 * - interaction: multipliers of the audience's chat / like / vote / question rates.
 * - interestGrowthPerMinute: log-odds of interest gained per minute watched.
 * - adEffect: log-odds added to the purchase odds while the segment runs (a pitch's is scaled by
 *   the host's charisma, a flash sale's is its offer effect).
 * Sources: the domain documents' list of content levers (trial lessons, Q&A, polls, giveaways,
 * limited-time offers); magnitudes are plausible defaults to be calibrated, see docs/model.md.
 */
export interface SegmentEffects {
  leaveMultiplier: number;
  interaction: { chat: number; like: number; vote: number; question: number };
  interestGrowthPerMinute: number;
  adEffect: number;
}

export const NEUTRAL_EFFECTS: SegmentEffects = {
  leaveMultiplier: 1,
  interaction: { chat: 1, like: 1, vote: 0, question: 1 },
  interestGrowthPerMinute: 0,
  adEffect: 0,
};

export const SEGMENT_TYPES = {
  /** Opening: who the host is, what tonight is about. */
  intro: { leaveMultiplier: 1, interaction: { chat: 1.2, like: 1.2, vote: 0, question: 0.5 }, interestGrowthPerMinute: 0.005, adEffect: 0 },
  /** A free sample lesson: holds viewers and builds interest most. */
  trial_lesson: { leaveMultiplier: 0.7, interaction: { chat: 0.8, like: 1.2, vote: 0, question: 1.5 }, interestGrowthPerMinute: 0.03, adEffect: 0 },
  /** Questions and answers: many questions, good retention. */
  qa: { leaveMultiplier: 0.8, interaction: { chat: 1.2, like: 1, vote: 0, question: 3 }, interestGrowthPerMinute: 0.02, adEffect: 0 },
  /** A poll: the only time viewers vote. */
  poll: { leaveMultiplier: 0.9, interaction: { chat: 1, like: 1, vote: 1, question: 0.5 }, interestGrowthPerMinute: 0.005, adEffect: 0 },
  /** A giveaway: people stay and chat to win; hands out coupons. */
  giveaway: { leaveMultiplier: 0.6, interaction: { chat: 2, like: 2, vote: 0, question: 0.5 }, interestGrowthPerMinute: 0, adEffect: 0 },
  /** Testimonials of past students: trust and some interest. */
  testimonial: { leaveMultiplier: 0.9, interaction: { chat: 1, like: 1.2, vote: 0, question: 1 }, interestGrowthPerMinute: 0.02, adEffect: 0.1 },
  /** The sales pitch: a decision moment; some viewers leave when selling starts. */
  pitch: { leaveMultiplier: 1.2, interaction: { chat: 0.8, like: 1, vote: 0, question: 1.5 }, interestGrowthPerMinute: 0.005, adEffect: 0.4 },
  /** A limited-time discount: a decision moment with an offer effect and a countdown. */
  flash_sale: { leaveMultiplier: 1, interaction: { chat: 1.5, like: 1.5, vote: 0, question: 1 }, interestGrowthPerMinute: 0, adEffect: 0.5 },
  /** A break: little happens, many leave. */
  break: { leaveMultiplier: 2, interaction: { chat: 0.3, like: 0.3, vote: 0, question: 0.3 }, interestGrowthPerMinute: 0, adEffect: 0 },
} as const satisfies Record<string, SegmentEffects>;

export type SegmentTypeName = keyof typeof SEGMENT_TYPES;
export const SEGMENT_TYPE_NAMES = Object.keys(SEGMENT_TYPES) as [SegmentTypeName, ...SegmentTypeName[]];
