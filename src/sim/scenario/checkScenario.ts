import type { InputProblem } from '../../io/inputError.js';
import { expectedViewersBound } from './expectedViewersBound.js';
import { SCENARIO_LIMITS } from './scenarioLimits.js';
import type { Scenario } from './scenarioSchema.js';

/** Tolerance on "shares sum to 1", so that shares like 0.3, 0.3, 0.4 pass. */
const SHARE_TOLERANCE = 1e-6;

/**
 * Rules that involve more than one field, checked after the schema: audience shares sum to 1,
 * ids are unique, plan segments lie within the session and do not overlap, every product id
 * referred to exists, curve points and windows make sense. Returns one problem per violation.
 */
export function checkScenario(scenario: Scenario, file?: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  checkAudience(scenario, add);
  checkProducts(scenario, add);
  checkPlan(scenario, add);
  checkTraffic(scenario, add);
  checkLink(scenario, add);
  const viewers = expectedViewersBound(scenario);
  if (viewers > SCENARIO_LIMITS.viewersPerSession) {
    add('traffic', `the session could bring up to ${Math.round(viewers).toLocaleString('en-US')} viewers (peak rate × minutes + followers × open rate + promotion); at most ${SCENARIO_LIMITS.viewersPerSession.toLocaleString('en-US')} can be simulated; lower the rates`);
  }
  return problems;
}

type Add = (path: string, message: string) => void;

function checkAudience(scenario: Scenario, add: Add): void {
  const segments = scenario.audience.segments;
  const total = segments.reduce((sum, segment) => sum + segment.share, 0);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    add('audience.segments', `segment shares must sum to 1, but they sum to ${round(total)}`);
  }
  duplicates(segments.map((segment) => segment.id)).forEach((index) =>
    add(`audience.segments[${index}].id`, `duplicate segment id "${segments[index].id}"`),
  );
  const ids = new Set(segments.map((segment) => segment.id));
  for (const [source, who] of Object.entries(scenario.traffic.sources)) {
    const weights = who.segmentShares;
    for (const id of Object.keys(weights)) {
      if (!ids.has(id)) add(`traffic.sources.${source}.segmentShares.${id}`, `no audience segment has the id "${id}"`);
    }
    if (Object.keys(weights).length > 0 && !Object.values(weights).some((weight) => weight > 0)) {
      add(`traffic.sources.${source}.segmentShares`, 'at least one segment needs a weight above 0');
    }
  }
}

function checkProducts(scenario: Scenario, add: Add): void {
  const products = scenario.products;
  duplicates(products.map((product) => product.id)).forEach((index) =>
    add(`products[${index}].id`, `duplicate product id "${products[index].id}"`),
  );
  products.forEach((product, index) => {
    if (product.listPrice !== undefined && product.listPrice < product.price) {
      add(`products[${index}].listPrice`, `list price ${product.listPrice} is below the price ${product.price}; expected listPrice ≥ price`);
    }
  });
}

function checkPlan(scenario: Scenario, add: Add): void {
  const duration = scenario.session.durationMinutes;
  const ids = new Set(scenario.products.map((product) => product.id));
  const plan = scenario.plan;
  plan.forEach((segment, index) => {
    const at = `plan[${index}]`;
    if (segment.endMinute <= segment.startMinute) {
      add(`${at}.endMinute`, `segment ends at minute ${segment.endMinute}, not after its start ${segment.startMinute}`);
    }
    if (segment.endMinute > duration) {
      add(`${at}.endMinute`, `segment ends at minute ${segment.endMinute}, beyond the session's ${duration} minutes`);
    }
    const productId = segment.type === 'giveaway' ? segment.couponProductId : 'productId' in segment ? segment.productId : undefined;
    const field = segment.type === 'giveaway' ? 'couponProductId' : 'productId';
    if (productId !== undefined && !ids.has(productId)) add(`${at}.${field}`, unknownProduct(productId, ids));
  });
  const order = plan.map((_, index) => index).sort((a, b) => plan[a].startMinute - plan[b].startMinute || a - b);
  for (let k = 1; k < order.length; k++) {
    const previous = plan[order[k - 1]];
    const current = plan[order[k]];
    if (current.startMinute < previous.endMinute) {
      add(
        `plan[${order[k]}].startMinute`,
        `segment starts at minute ${current.startMinute}, overlapping plan[${order[k - 1]}] (${previous.type}, minutes ${previous.startMinute}–${previous.endMinute})`,
      );
    }
  }
}

function checkTraffic(scenario: Scenario, add: Add): void {
  const duration = scenario.session.durationMinutes;
  const arrivals = scenario.traffic.arrivals;
  if (arrivals.kind === 'curve') {
    arrivals.points.forEach(([minute], index) => {
      if (index > 0 && minute <= arrivals.points[index - 1][0]) {
        add(`traffic.arrivals.points[${index}]`, `minutes must increase: ${minute} comes after ${arrivals.points[index - 1][0]}`);
      }
      if (minute > duration) add(`traffic.arrivals.points[${index}]`, `minute ${minute} is beyond the session's ${duration} minutes`);
    });
  }
  const promotion = scenario.traffic.promotion;
  const end = promotion.endMinute ?? duration;
  if (promotion.startMinute >= duration) {
    add('traffic.promotion.startMinute', `promotion starts at minute ${promotion.startMinute}, not within the session's ${duration} minutes`);
  }
  if (promotion.endMinute !== undefined && promotion.endMinute > duration) {
    add('traffic.promotion.endMinute', `promotion ends at minute ${promotion.endMinute}, beyond the session's ${duration} minutes`);
  }
  if (end <= promotion.startMinute) add('traffic.promotion.endMinute', `promotion ends at minute ${end}, not after its start ${promotion.startMinute}`);
}

function checkLink(scenario: Scenario, add: Add): void {
  const link = scenario.link;
  const ids = new Set(scenario.products.map((product) => product.id));
  if (link.liveFromMinute !== undefined && link.liveFromMinute > scenario.session.durationMinutes) {
    add('link.liveFromMinute', `minute ${link.liveFromMinute} is beyond the session's ${scenario.session.durationMinutes} minutes`);
  }
  if (link.productId !== undefined && !ids.has(link.productId)) add('link.productId', unknownProduct(link.productId, ids));
}

function unknownProduct(id: string, ids: Set<string>): string {
  return `unknown product id "${id}"; expected one of ${[...ids].map((known) => `"${known}"`).join(', ')}`;
}

/** Indexes of values that already appeared earlier in the list. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
