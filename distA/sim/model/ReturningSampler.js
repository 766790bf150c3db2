import { createStream } from '../random/index.js';
import { watchTimeSeconds } from './ProfileSampler.js';
import { fmix32 } from './ViewerStreams.js';
const TWO_TO_32 = 4294967296;
/**
 * Fills the profile of a returning follower from the carried columns (`ReturningViewers`) and
 * draws what is new each visit: the patience, from the segment's watch-time distribution on the
 * stream `returning.stay`, and the key of the viewer's private streams (the arrival ordinal
 * hashed with a salt drawn once from `returning.keys`, as ProfileSampler does per source).
 */
export class ReturningSampler {
    viewers;
    patience;
    saltHigh;
    saltLow;
    /** Index of the next returning viewer to arrive. */
    next = 0;
    constructor(scenario, seed, replicate, viewers) {
        this.viewers = viewers;
        const stay = createStream(seed, replicate, 'returning.stay');
        const keys = createStream(seed, replicate, 'returning.keys');
        this.saltHigh = (keys() * TWO_TO_32) >>> 0;
        this.saltLow = (keys() * TWO_TO_32) >>> 0;
        this.patience = scenario.audience.segments.map((segment) => watchTimeSeconds(stay, segment.watchTime));
    }
    /** Fill the profile columns of `slot` for returning viewer `index` and seed its private streams. */
    draw(table, streams, slot, index) {
        const v = this.viewers;
        table.segment[slot] = v.segment[index];
        table.tag[slot] = v.tag[index];
        table.ageBand[slot] = v.ageBand[index];
        table.gender[slot] = v.gender[index];
        table.region[slot] = v.region[index];
        table.baseInterest[slot] = v.baseInterest[index];
        table.willingnessToPay[slot] = v.willingnessToPay[index];
        table.propensity[slot] = v.propensity[index];
        table.trustShift[slot] = v.trustShift[index];
        table.bought[slot] = v.bought[index];
        table.departure[slot] = this.patience[v.segment[index]]();
        streams.seed(slot, fmix32(index ^ this.saltHigh), fmix32((index + this.saltLow) | 0));
    }
}
//# sourceMappingURL=ReturningSampler.js.map