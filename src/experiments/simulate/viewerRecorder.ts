import type { LiveSession } from '../../sim/model/LiveSession.js';
import { ACTS, PROPENSITY, STAY_FIELDS, STAY_WORDS } from '../../sim/model/ViewerTable.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { CupedCovariate } from '../schema/analysisSchema.js';
import { VARIABLES, ViewerSums } from './ViewerSums.js';

/** The model's `onViewerLeave` hook. */
export type LeaveHook = (session: LiveSession, slot: number, exitTime: number, reason: number, followed: boolean) => void;

/**
 * A departing viewer's experiment variables, read from the model's viewer table as the viewer
 * leaves (`onViewerLeave`), added to the sums of the viewer's group (model arm):
 * [1, bought, revenue, orders, watchMinutes, chats, followed, covariate].
 *
 * The covariate is a pre-period proxy drawn on arrival, before any treatment could act:
 * arrivalInterest = the interest I₀ the viewer arrives with; willingnessToPay = ln of the viewer's
 * willingness to pay for the first product (segment median × the viewer's own scale);
 * engagementPropensity = the viewer's multiplier of interaction rates; none = 0.
 */
export function viewerRecorder(scenario: Scenario, covariate: CupedCovariate, sums: ViewerSums): LeaveHook {
  const values = new Float64Array(VARIABLES);
  values[0] = 1;
  const pre = covariateOf(scenario, covariate);
  return (session, slot, exitTime, _reason, followed) => {
    const table = session.table;
    const orders = table.orders[slot];
    values[1] = orders > 0 ? 1 : 0;
    values[2] = table.revenue[slot];
    values[3] = orders;
    values[4] = (exitTime - table.arrival[slot]) / 60;
    values[5] = table.stayWords[slot * STAY_WORDS + ACTS];
    values[6] = followed ? 1 : 0;
    values[7] = pre(session, slot);
    sums.add(table.arm[slot], values);
  };
}

function covariateOf(scenario: Scenario, covariate: CupedCovariate): (session: LiveSession, slot: number) => number {
  if (covariate === 'arrivalInterest') return (session, slot) => session.table.baseInterest[slot];
  if (covariate === 'engagementPropensity') return (session, slot) => session.table.stay[slot * STAY_FIELDS + PROPENSITY];
  if (covariate === 'willingnessToPay') {
    const kind = scenario.products[0].kind;
    const logMedian = scenario.audience.segments.map((segment) => Math.log(segment.willingnessToPay.medianByKind[kind]));
    return (session, slot) => logMedian[session.table.segment[slot]] + Math.log(session.table.willingnessToPay[slot]);
  }
  return () => 0;
}
