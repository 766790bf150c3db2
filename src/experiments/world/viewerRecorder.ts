import type { SessionState } from '../../sim/model/SessionState.js';
import { ACTS, CLICKED, PROPENSITY, SAW_LINK, STAY_FIELDS, STAY_WORDS } from '../../sim/model/ViewerTable.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { CupedCovariate } from '../schema/analysisSchema.js';
import { VARIABLES, variableIndex, ViewerSums } from './ViewerSums.js';
import { log } from '../../math/index.js';

const BOUGHT = variableIndex('bought');
const REVENUE = variableIndex('revenue');
const ORDERS = variableIndex('orders');
const WATCH_MINUTES = variableIndex('watchMinutes');
const CHATS = variableIndex('chats');
const FOLLOWED = variableIndex('followed');
const ENGAGED = variableIndex('engaged');
const SAW_LINK_STEP = variableIndex('sawLink');
const CLICKED_STEP = variableIndex('clicked');
const COVARIATE = variableIndex('covariate');

/** The model's `onViewerLeave` hook. */
export type LeaveHook = (session: SessionState, slot: number, exitTime: number, reason: number, followed: boolean) => void;

/**
 * A departing viewer's experiment variables, read from the model's viewer table as the viewer
 * leaves (`onViewerLeave`), added to the sums of the viewer's group (model arm), in
 * VIEWER_VARIABLES order: [1, bought, revenue, orders, watchMinutes, chats, followed, engaged,
 * sawLink, clicked, covariate].
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
    const a = slot * STAY_WORDS + ACTS;
    const acts = table.stayWords[a] + table.stayWords[a + 1] + table.stayWords[a + 2] + table.stayWords[a + 3];
    const flags = table.flags[slot];
    const sawLink = (flags & SAW_LINK) !== 0 ? 1 : 0;
    values[BOUGHT] = orders > 0 ? 1 : 0;
    values[REVENUE] = table.revenue[slot];
    values[ORDERS] = orders;
    values[WATCH_MINUTES] = (exitTime - table.arrival[slot]) / 60;
    values[CHATS] = table.stayWords[a];
    values[FOLLOWED] = followed ? 1 : 0;
    // The funnel steps as exitViewer counts them (engaged = acted or saw the link).
    values[ENGAGED] = acts > 0 || sawLink === 1 ? 1 : 0;
    values[SAW_LINK_STEP] = sawLink;
    values[CLICKED_STEP] = (flags & CLICKED) !== 0 ? 1 : 0;
    values[COVARIATE] = pre(session, slot);
    sums.add(table.arm[slot], values);
  };
}

function covariateOf(scenario: Scenario, covariate: CupedCovariate): (session: SessionState, slot: number) => number {
  if (covariate === 'arrivalInterest') return (session, slot) => session.table.baseInterest[slot];
  if (covariate === 'engagementPropensity') return (session, slot) => session.table.stay[slot * STAY_FIELDS + PROPENSITY];
  if (covariate === 'willingnessToPay') {
    const kind = scenario.products[0].kind;
    const logMedian = scenario.audience.segments.map((segment) => log(segment.willingnessToPay.medianByKind[kind]));
    return (session, slot) => logMedian[session.table.segment[slot]] + log(session.table.willingnessToPay[slot]);
  }
  return () => 0;
}
