import { RETURNING } from '../../sim/model/ViewerTable.js';
/**
 * The followers of one session, recorded from the model's viewer table as they leave (the
 * `onViewerLeave` hook of LiveSession, with `followed` true): what the season brings back to the
 * next session. Also counts the returning viewers of this session and what they bought.
 */
export class FollowerLog {
    columns = {
        segment: [],
        tag: [],
        ageBand: [],
        gender: [],
        region: [],
        baseInterest: [],
        willingnessToPay: [],
        propensity: [],
        trustShift: [],
        bought: [],
        wasReturning: [],
    };
    returningViewers = 0;
    returningBuyers = 0;
    returningRevenue = 0;
    /** A viewer leaves: count them if they were returning, and keep their state if they follow. */
    leave(table, slot, followed) {
        const returning = (table.flags[slot] & RETURNING) !== 0;
        if (returning) {
            this.returningViewers++;
            if (table.orders[slot] > 0)
                this.returningBuyers++;
            this.returningRevenue += table.revenue[slot];
        }
        if (!followed)
            return;
        const c = this.columns;
        c.segment.push(table.segment[slot]);
        c.tag.push(table.tag[slot]);
        c.ageBand.push(table.ageBand[slot]);
        c.gender.push(table.gender[slot]);
        c.region.push(table.region[slot]);
        c.baseInterest.push(table.baseInterest[slot]);
        c.willingnessToPay.push(table.willingnessToPay[slot]);
        c.propensity.push(table.propensity[slot]);
        c.trustShift.push(table.trustShift[slot]);
        c.bought.push(table.bought[slot]);
        c.wasReturning.push(returning ? 1 : 0);
    }
    get followers() {
        return this.columns.segment.length;
    }
}
//# sourceMappingURL=FollowerLog.js.map