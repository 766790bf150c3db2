import type { FitEstimate } from '../sim/scenario/fitRecord.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { EstimatorOutput, FitContext } from './FitContext.js';
import { heldEstimate, waldEstimate } from './makeEstimate.js';

const REFERRAL = SOURCES.indexOf('referral');

/**
 * Each traffic source's segment mix (`traffic.sources.<source>.segmentShares`, docs/model.md
 * § Traffic): the source × segment table of the export, one multinomial per source, whose MLE is
 * the row proportions p̂_ks = n_ks / n_k with se √(p̂(1 − p̂)/n_k) (Agresti 2013, §1.2). The fitted
 * mix is written for every segment (a segment the source never brought gets 0).
 *
 * Referred friends are a special case: a friend joins the referrer's segment with probability
 * ι = traffic.referral.inheritSegment, else a segment from the referral mix p, so the observed
 * referral mix is q = ι·b + (1 − ι)·p with b the referrers' mix. With b taken as the buyers' segment
 * mix (who referred whom is not exported), p̂ = (q̂ − ι·b̂)/(1 − ι), floored at 0, with
 * se √(q̂(1 − q̂)/n)/(1 − ι) (the buyers' mix treated as known).
 *
 * Held, with the reason: every share of a source when the export has no source column or no
 * segment column, the plan has one segment, or the source brought fewer than `minEvents` viewers
 * (or, for referrals, nobody bought or ι = 1).
 */
export function fitSourceMix(context: FitContext): EstimatorOutput {
  const { scenario, data } = context;
  const segments = scenario.audience.segments;
  const S = segments.length;
  const counts = new Float64Array(SOURCES.length * S);
  const buyers = new Float64Array(S);
  for (let v = 0; v < data.count; v++) {
    counts[data.source[v] * S + data.segment[v]]++;
    if ((data.orders?.[v] ?? 0) > 0) buyers[data.segment[v]]++;
  }
  const has = (column: string) => data.columns === undefined || data.columns.includes(column);
  const estimates: FitEstimate[] = [];
  SOURCES.forEach((source, k) => {
    const mix = scenario.traffic.sources[source].segmentShares;
    const priorOf = (id: string) => (Object.keys(mix).length === 0 ? segments.find((segment) => segment.id === id)!.share : (mix[id] ?? 0));
    const pathOf = (id: string) => `traffic.sources.${source}.segmentShares.${id}`;
    const n = counts.subarray(k * S, (k + 1) * S).reduce((a, b) => a + b, 0);
    const inherit = k === REFERRAL ? scenario.traffic.referral.inheritSegment : 0;
    const buyerTotal = buyers.reduce((a, b) => a + b, 0);
    const why = S === 1 ? 'the plan has one audience segment'
      : !has('source') ? 'no source column'
        : !has('segment') ? 'no segment column'
          : n < context.settings.minEvents ? `only ${n} viewers from this source`
            : inherit >= 1 ? 'every referred friend inherits the referrer\'s segment (inheritSegment 1)'
              : inherit > 0 && (data.orders === null || buyerTotal === 0) ? 'no buyers to tell the referrers\' mix (orders column)'
                : null;
    if (why !== null) {
      if (S > 1) for (const segment of segments) estimates.push(heldEstimate(pathOf(segment.id), priorOf(segment.id), why));
      return;
    }
    const note = inherit > 0 ? `corrected for inheritance of the referrer's segment (inheritSegment ${inherit}), referrers' mix taken as the buyers'` : undefined;
    segments.forEach((segment, s) => {
      const q = counts[k * S + s] / n;
      const value = Math.max(0, (q - inherit * (buyers[s] / Math.max(buyerTotal, 1))) / (1 - inherit));
      const se = Math.sqrt((q * (1 - q)) / n) / (1 - inherit);
      estimates.push(waldEstimate(pathOf(segment.id), value, se, priorOf(segment.id), 'multinomial-mle', 0, note));
    });
  });
  return { estimates };
}
