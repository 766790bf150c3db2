import { createStream, fmix32, type Rng } from '../random/index.js';
import type { Scenario } from '../scenario/index.js';
import { watchTimeSeconds } from './ProfileSampler.js';
import type { ReturningViewers } from './ReturningViewers.js';
import type { ViewerStreams } from './ViewerStreams.js';
import { DEPARTURE, PROPENSITY, STAY_FIELDS, type ViewerTable } from './ViewerTable.js';

const TWO_TO_32 = 4294967296;

/**
 * Fills the profile of a returning follower from the carried columns (`ReturningViewers`) and
 * draws what is new each visit: the patience, from the segment's watch-time distribution on the
 * stream `returning.stay`, and the key of the viewer's private streams (the arrival ordinal
 * hashed with a salt drawn once from `returning.keys`, as ProfileSampler does per source).
 */
export class ReturningSampler {
  private readonly patience: (() => number)[];
  private readonly saltHigh: number;
  private readonly saltLow: number;
  /** Index of the next returning viewer to arrive. */
  next = 0;

  constructor(
    scenario: Scenario,
    seed: number,
    replicate: number,
    readonly viewers: ReturningViewers,
  ) {
    const stay: Rng = createStream(seed, replicate, 'returning.stay');
    const keys = createStream(seed, replicate, 'returning.keys');
    this.saltHigh = (keys() * TWO_TO_32) >>> 0;
    this.saltLow = (keys() * TWO_TO_32) >>> 0;
    this.patience = scenario.audience.segments.map((segment) => watchTimeSeconds(stay, segment.watchTime));
  }

  /** Fill the profile columns of `slot` for returning viewer `index` and seed its private streams. */
  draw(table: ViewerTable, streams: ViewerStreams, slot: number, index: number): void {
    const v = this.viewers;
    table.segment[slot] = v.segment[index];
    table.tag[slot] = v.tag[index];
    table.ageBand[slot] = v.ageBand[index];
    table.gender[slot] = v.gender[index];
    table.region[slot] = v.region[index];
    table.baseInterest[slot] = v.baseInterest[index];
    table.willingnessToPay[slot] = v.willingnessToPay[index];
    table.stay[slot * STAY_FIELDS + PROPENSITY] = v.propensity[index];
    table.trustShift[slot] = v.trustShift[index];
    table.bought[slot] = v.bought[index];
    table.stay[slot * STAY_FIELDS + DEPARTURE] = this.patience[v.segment[index]]();
    streams.seed(slot, fmix32(index ^ this.saltHigh), fmix32((index + this.saltLow) | 0));
  }
}
