// Value imports from segmentTypes.js itself, not the index, so worker threads never load zod.
import { NEUTRAL_EFFECTS, SEGMENT_TYPES, type SegmentEffects } from '../scenario/segmentTypes.js';
import type { PlanSegment, Scenario } from '../scenario/index.js';
import { segmentRuns } from './segmentRuns.js';

/**
 * The session cut into pieces during which nothing about the room's rules changes: a new piece
 * starts at every plan segment's start and end, when the link goes live, and when a flash sale's
 * countdown starts (counted back from the end of its run, see segmentRuns). Each piece knows its
 * plan segment (or −1 for plain talk between segments) and that segment's effects with the
 * scenario's overrides applied. Piece boundaries inside the session are the host events.
 */
export interface PlanPieces {
  /** Start of each piece, seconds; the first is 0. */
  starts: number[];
  /** Plan segment index of each piece, −1 between segments. */
  segment: number[];
  /** Effective effects of each piece. */
  effects: SegmentEffects[];
  /** When the link goes live for placements other than popup_on_pitch, seconds. */
  liveFrom: number;
  /** Per plan segment: the first segment of its run and the run's end (see segmentRuns). */
  runHead: number[];
  runEndMinute: number[];
}

export function planPieces(scenario: Scenario): PlanPieces {
  const T = scenario.session.durationMinutes * 60;
  const plan = scenario.plan;
  const liveFrom = linkLiveFrom(scenario);
  const cuts = new Set<number>([0]);
  for (const segment of plan) {
    cuts.add(segment.startMinute * 60);
    cuts.add(segment.endMinute * 60);
  }
  cuts.add(liveFrom);
  const runs = segmentRuns(plan);
  plan.forEach((segment, index) => {
    if (segment.type === 'flash_sale' && segment.countdownMinutes > 0) cuts.add(Math.max(plan[runs.head[index]].startMinute, runs.endMinute[index] - segment.countdownMinutes) * 60);
  });
  const starts = [...cuts].filter((time) => time >= 0 && time < T).sort((a, b) => a - b);
  const segment = starts.map((start) => plan.findIndex((s) => s.startMinute * 60 <= start && start < s.endMinute * 60));
  const effects = segment.map((index) => (index < 0 ? NEUTRAL_EFFECTS : segmentEffects(plan[index])));
  return { starts, segment, effects, liveFrom, runHead: runs.head, runEndMinute: runs.endMinute };
}

/** A segment's type defaults with its `effects` overrides applied. */
export function segmentEffects(segment: PlanSegment): SegmentEffects {
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
export function linkLiveFrom(scenario: Scenario): number {
  if (scenario.link.liveFromMinute !== undefined) return scenario.link.liveFromMinute * 60;
  const selling = scenario.plan.filter((segment) => segment.type === 'pitch' || segment.type === 'flash_sale');
  return selling.length === 0 ? 0 : Math.min(...selling.map((segment) => segment.startMinute * 60));
}
