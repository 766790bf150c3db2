import { beta, categorical, createStream, exponential, fmix32, gamma, logNormal, type Rng } from '../random/index.js';
import type { AudienceSegment, Scenario, WatchTime } from '../scenario/index.js';
import { DEPARTURE, PROPENSITY, STAY_FIELDS, type ViewerTable } from './ViewerTable.js';
import type { ViewerStreams } from './ViewerStreams.js';
import { log } from '../../math/index.js';

/** Where a viewer came from. */
export const SOURCES = ['organic', 'followers', 'promotion', 'referral'] as const;
export type SourceName = (typeof SOURCES)[number];

const TWO_TO_32 = 4294967296;

/** Draws one value per call; `() => -1` for an attribute that is not modelled. */
type Draw = () => number;

/**
 * Draws what a viewer brings into the room, on arrival, from streams of the viewer's source
 * (`<source>.profile`, `<source>.stay`, `<source>.keys`): segment, attributes, primary topic,
 * base interest I₀ ~ Beta(α, β), willingness to pay (lognormal), engagement propensity
 * (Gamma with mean 1), the watch-time "patience", and the key of the viewer's private streams
 * (ViewerStreams).
 * Samplers are created once per run; a source's viewers consume its streams in arrival order,
 * so organic viewers get the same profiles whatever happens to referrals in another arm.
 */
export class ProfileSampler {
  private readonly segment: Draw;
  private readonly perSegment: SegmentDraws[];
  private readonly saltHigh: number;
  private readonly saltLow: number;
  private ordinal = 0;

  constructor(scenario: Scenario, tags: readonly string[], seed: number, replicate: number, source: SourceName) {
    const profile = createStream(seed, replicate, `${source}.profile`);
    const stay = createStream(seed, replicate, `${source}.stay`);
    const keys = createStream(seed, replicate, `${source}.keys`);
    this.saltHigh = (keys() * TWO_TO_32) >>> 0;
    this.saltLow = (keys() * TWO_TO_32) >>> 0;
    const segments = scenario.audience.segments;
    const mix = scenario.traffic.sources[source].segmentShares;
    const weights = Object.keys(mix).length === 0 ? segments.map((s) => s.share) : segments.map((s) => mix[s.id] ?? 0);
    this.segment = segments.length === 1 ? () => 0 : categorical(profile)(weights);
    this.perSegment = segments.map((segment) => segmentDraws(segment, tags, profile, stay));
  }

  /**
   * Fill the profile columns of `slot` and seed its private streams. `inherited` ≥ 0 puts the
   * viewer in that segment (a referred friend like their referrer); the source's segment draw is
   * still made, so the stream stays aligned whatever is inherited.
   */
  draw(table: ViewerTable, streams: ViewerStreams, slot: number, inherited = -1): void {
    const drawn = this.segment();
    const s = inherited < 0 ? drawn : inherited;
    const draws = this.perSegment[s];
    table.segment[slot] = s;
    if (draws.hasAttributes) {
      table.ageBand[slot] = draws.ageBand();
      table.gender[slot] = draws.gender();
      table.region[slot] = draws.region();
    } else {
      table.ageBand[slot] = table.gender[slot] = table.region[slot] = -1;
    }
    table.tag[slot] = draws.tag();
    table.baseInterest[slot] = draws.interest();
    // The viewer's scale e^(sigma·Z); WTP for a product is its kind's median times this.
    table.willingnessToPay[slot] = draws.willingnessToPay();
    table.stay[slot * STAY_FIELDS + PROPENSITY] = draws.propensity();
    // Patience in neutral seconds; the leaving clock turns it into a departure time.
    table.stay[slot * STAY_FIELDS + DEPARTURE] = draws.patience();
    // The viewer's key: the source's arrival ordinal hashed with the source's salt (drawn once
    // from `<source>.keys`), so keys are distinct within a source and unrelated across sources.
    const ordinal = this.ordinal++;
    streams.seed(slot, fmix32(ordinal ^ this.saltHigh), fmix32((ordinal + this.saltLow) | 0));
  }
}

interface SegmentDraws {
  hasAttributes: boolean;
  ageBand: Draw;
  gender: Draw;
  region: Draw;
  tag: Draw;
  interest: Draw;
  willingnessToPay: Draw;
  propensity: Draw;
  patience: Draw;
}

function segmentDraws(segment: AudienceSegment, tags: readonly string[], profile: Rng, stay: Rng): SegmentDraws {
  const wtp = segment.willingnessToPay;
  const dispersion = segment.engagement.propensityDispersion;
  const tagWeights = tags.map((tag) => segment.interestTags[tag] ?? 0);
  const attributes = segment.attributes;
  return {
    hasAttributes: [attributes.ageBands, attributes.genders, attributes.regions].some((weights) => Object.keys(weights).length > 0),
    ageBand: labels(profile, segment.attributes.ageBands),
    gender: labels(profile, segment.attributes.genders),
    region: labels(profile, segment.attributes.regions),
    tag: tagWeights.some((weight) => weight > 0) ? categorical(profile)(tagWeights) : () => -1,
    interest: beta(profile)(segment.baseInterest.alpha, segment.baseInterest.beta),
    willingnessToPay: wtp.sigma > 0 ? logNormal(profile)(0, wtp.sigma) : () => 1,
    // Below a variance of 1e-6 (sd 0.001) every viewer gets exactly 1: the Gamma shape 1/variance would overflow.
    propensity: dispersion > 1e-6 ? gamma(profile)(1 / dispersion, dispersion) : () => 1,
    patience: withBounce(stay, segment.bounce.share, segment.bounce.meanSeconds, watchTimeSeconds(stay, segment.watchTime)),
  };
}

/**
 * Patience with a fast-bounce mass: with probability `share` an Exponential(mean `meanSeconds`)
 * draw, else the watch-time draw (one uniform from the stay stream decides; none when share is 0).
 */
function withBounce(stay: Rng, share: number, meanSeconds: number, patience: Draw): Draw {
  if (!(share > 0)) return patience;
  const bounce = exponential(stay)(1 / meanSeconds);
  return () => (stay() < share ? bounce() : patience());
}

/** Index into the label list (in the file's order), or −1 when the attribute is not modelled. */
function labels(rng: Rng, weights: Record<string, number>): Draw {
  const values = Object.values(weights);
  if (values.length === 0 || !values.some((weight) => weight > 0)) return () => -1;
  return values.length === 1 ? () => 0 : categorical(rng)(values);
}

/** Patience sampler (neutral seconds) of a watch-time distribution; also used for returning followers. */
export function watchTimeSeconds(rng: Rng, watch: WatchTime): Draw {
  if (watch.kind === 'exponential') return exponential(rng)(1 / (watch.meanMinutes * 60));
  if (watch.kind === 'lognormal') return logNormal(rng)(log(watch.medianMinutes * 60), watch.sigma);
  return gamma(rng)(watch.shape, (watch.meanMinutes * 60) / watch.shape);
}
