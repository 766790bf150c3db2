import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, ratioWithSe, waldEstimate } from './makeEstimate.js';

const KINDS = [
  { field: 'chatsPerMinute', multiplier: 'chat' },
  { field: 'likesPerMinute', multiplier: 'like' },
  { field: 'votesPerMinute', multiplier: 'vote' },
  { field: 'questionsPerMinute', multiplier: 'question' },
] as const;

/**
 * Interaction rates by audience segment (docs/model.md § Acts): viewer v of segment s makes acts
 * of kind k as a Poisson process of rate π_v · rate_{s,k} · multiplier_k(piece) · promptFactor,
 * π_v ~ Gamma(mean 1, variance d). With exposure E_vk = Σ_pieces minutes_vp · multiplier_k(p) ·
 * promptFactor, the rate is the ratio estimator Σ_v c_vk / Σ_v E_vk (the Poisson MLE, unbiased
 * under the Gamma mixing) with a sandwich standard error that is valid whatever d is. The
 * dispersion d is the moment estimator of the negative binomial, Var(c) = μ + d·μ²:
 * d̂ = Σ[(c − μ̂)² − c] / Σ μ̂² over total acts (Cameron & Trivedi 2013, §3.2), floored at 0.
 * A kind with no exposure (votes without a poll) or no act columns is held.
 */
export function fitInteractions(context: FitContext): EstimatorOutput {
  const { scenario, data, exposure } = context;
  const estimates: FitEstimate[] = [];
  scenario.audience.segments.forEach((segment, s) => {
    const base = `audience.segments[${s}].engagement`;
    const viewers: number[] = [];
    for (let v = 0; v < data.count; v++) if (data.segment[v] === s) viewers.push(v);
    const acts = data.acts;
    if (acts === null || viewers.length === 0) {
      const why = acts === null ? 'no act columns (chats, likes, votes, questions)' : 'no viewers in this segment';
      for (const kind of KINDS) estimates.push(heldEstimate(`${base}.${kind.field}`, segment.engagement[kind.field], why));
      estimates.push(heldEstimate(`${base}.propensityDispersion`, segment.engagement.propensityDispersion, why));
      return;
    }
    const expected = new Float64Array(viewers.length);
    KINDS.forEach((kind, k) => {
      const counts = viewers.map((v) => acts[v * 4 + k]);
      const exposures = viewers.map((v) => {
        let minutes = 0;
        for (let p = 0; p < exposure.pieces; p++) minutes += (exposure.seconds[v * exposure.pieces + p] / 60) * exposure.effects[p].interaction[kind.multiplier];
        return minutes * exposure.promptFactor;
      });
      const path = `${base}.${kind.field}`;
      const prior = segment.engagement[kind.field];
      if (exposures.every((e) => e === 0)) {
        estimates.push(heldEstimate(path, prior, 'no exposure: the plan never allows this kind'));
        viewers.forEach((_, i) => (expected[i] += prior * exposures[i]));
        return;
      }
      const { ratio, se } = ratioWithSe(counts, exposures);
      estimates.push(waldEstimate(path, ratio, se, prior, 'poisson-ratio', 0));
      viewers.forEach((_, i) => (expected[i] += ratio * exposures[i]));
    });
    const totals = viewers.map((v) => acts[v * 4] + acts[v * 4 + 1] + acts[v * 4 + 2] + acts[v * 4 + 3]);
    const top = totals.map((c, i) => (c - expected[i]) ** 2 - c);
    const bottom = Array.from(expected, (mu) => mu * mu);
    const { ratio, se } = ratioWithSe(top, bottom);
    const path = `${base}.propensityDispersion`;
    const prior = segment.engagement.propensityDispersion;
    const events = totals.reduce((a, b) => a + b, 0);
    if (events < context.settings.minEvents) estimates.push(heldEstimate(path, prior, `only ${events} acts`));
    else estimates.push(waldEstimate(path, Math.max(0, ratio), se, prior, 'negative-binomial-moment', 0));
  });
  return { estimates };
}
