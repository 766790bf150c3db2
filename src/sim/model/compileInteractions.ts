import type { Scenario, SegmentEffects } from '../scenario/index.js';
import { PiecewiseClock } from './PiecewiseClock.js';
import { pow } from '../../math/index.js';

/** Interaction kinds, in the order of every per-kind array. */
export const KINDS = ['chat', 'like', 'vote', 'question'] as const;
export const KIND_CHAT = 0;

/**
 * Per audience segment s, the total interaction rate in each piece,
 *   R_s(piece) = Σ_k rate_{s,k} · multiplier_k(piece) · ((1 + prompts) / 2)^promptElasticity / 60  (per second),
 * as an operational clock, plus the cumulative per-kind weights used to pick which kind an act is.
 * A viewer's acts are a Poisson process of rate propensity · R_s(t).
 */
export function compileInteractions(scenario: Scenario, starts: readonly number[], effects: readonly SegmentEffects[]) {
  const segments = scenario.audience.segments;
  const host = scenario.host;
  const prompt = pow((1 + host.promptsPerMinute) / 2, host.promptElasticity);
  const pieceCount = effects.length;
  const kindCumulative = new Float64Array(segments.length * pieceCount * KINDS.length);
  const singleKind = new Int32Array(segments.length).fill(-1);
  const interactionClocks = segments.map((segment, s) => {
    const e = segment.engagement;
    const base = [e.chatsPerMinute, e.likesPerMinute, e.votesPerMinute, e.questionsPerMinute];
    const used = new Set<number>();
    const rates = effects.map((piece, p) => {
      const multipliers = [piece.interaction.chat, piece.interaction.like, piece.interaction.vote, piece.interaction.question];
      let total = 0;
      for (let k = 0; k < KINDS.length; k++) {
        const rate = (base[k] * multipliers[k] * prompt) / 60;
        if (rate > 0) used.add(k);
        total += rate;
        kindCumulative[(s * pieceCount + p) * KINDS.length + k] = total;
      }
      return total;
    });
    if (used.size === 1) singleKind[s] = [...used][0];
    return new PiecewiseClock(starts, rates);
  });
  // The act rate of segments whose rate is the same in every piece (0 where it varies or is 0).
  const uniformActRate = Float64Array.from(interactionClocks, (clock) => (clock.uniform ? clock.rates[0] : 0));
  return { interactionClocks, kindCumulative, singleKind, uniformActRate };
}
