export const NEUTRAL_EFFECTS = {
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
};
export const SEGMENT_TYPE_NAMES = Object.keys(SEGMENT_TYPES);
//# sourceMappingURL=segmentTypes.js.map