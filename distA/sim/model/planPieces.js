// Value imports from segmentTypes.js itself, not the index, so worker threads never load zod.
import { NEUTRAL_EFFECTS, SEGMENT_TYPES } from '../scenario/segmentTypes.js';
export function planPieces(scenario) {
    const T = scenario.session.durationMinutes * 60;
    const plan = scenario.plan;
    const liveFrom = linkLiveFrom(scenario);
    const cuts = new Set([0]);
    for (const segment of plan) {
        cuts.add(segment.startMinute * 60);
        cuts.add(segment.endMinute * 60);
    }
    cuts.add(liveFrom);
    const starts = [...cuts].filter((time) => time >= 0 && time < T).sort((a, b) => a - b);
    const segment = starts.map((start) => plan.findIndex((s) => s.startMinute * 60 <= start && start < s.endMinute * 60));
    const effects = segment.map((index) => (index < 0 ? NEUTRAL_EFFECTS : segmentEffects(plan[index])));
    return { starts, segment, effects, liveFrom };
}
/** A segment's type defaults with its `effects` overrides applied. */
export function segmentEffects(segment) {
    const base = SEGMENT_TYPES[segment.type];
    const override = segment.effects ?? {};
    return {
        leaveMultiplier: override.leaveMultiplier ?? base.leaveMultiplier,
        interaction: {
            chat: override.interaction?.chat ?? base.interaction.chat,
            like: override.interaction?.like ?? base.interaction.like,
            vote: override.interaction?.vote ?? base.interaction.vote,
            question: override.interaction?.question ?? base.interaction.question,
        },
        interestGrowthPerMinute: override.interestGrowthPerMinute ?? base.interestGrowthPerMinute,
        adEffect: override.adEffect ?? base.adEffect,
    };
}
/** `link.liveFromMinute`, else the first pitch or flash sale, else the start (seconds). */
export function linkLiveFrom(scenario) {
    if (scenario.link.liveFromMinute !== undefined)
        return scenario.link.liveFromMinute * 60;
    const selling = scenario.plan.filter((segment) => segment.type === 'pitch' || segment.type === 'flash_sale');
    return selling.length === 0 ? 0 : Math.min(...selling.map((segment) => segment.startMinute * 60));
}
//# sourceMappingURL=planPieces.js.map