import { Environment } from '../kernel/index.js';
import { createStream, nonHomogeneousPoisson, normal, poisson, type PoissonProcessTimes, type Rng } from '../random/index.js';
import type { Scenario } from '../scenario/index.js';
import { ArmAccumulators } from './ArmAccumulators.js';
import type { ArmTreatment } from './ArmTreatment.js';
import { compilePlan, type CompiledPlan } from './compilePlan.js';
import { MinuteSeries } from './MinuteSeries.js';
import { organicArrivalRate } from './organicArrivalRate.js';
import { RecommendationPool } from './RecommendationPool.js';
import { productTable, type ProductTable } from './productTable.js';
import { ProfileSampler, SOURCES } from './ProfileSampler.js';
import { ReturningSampler } from './ReturningSampler.js';
import type { ReturningViewers } from './ReturningViewers.js';
import { PURPOSE_OTHER, ViewerStreams } from './ViewerStreams.js';
import { ViewerTable } from './ViewerTable.js';
import { expectedPeakViewers } from './expectedPeakViewers.js';
import { SessionTotals } from './SessionTotals.js';
import type { EventHandler } from '../kernel/index.js';
import { exp } from '../../math/index.js';

/** How to run one session. */
export interface SessionOptions {
  seed: number;
  replicate: number;
  /** Arms of an in-room experiment (default: one arm, the scenario as written). */
  arms?: readonly ArmTreatment[];
  /** Which arm viewer number `viewerIndex` (0, 1, … in arrival order) joins; `rng` is the run's `assignment` stream. */
  assignArm?: (viewerIndex: number, rng: Rng) => number;
  /** Receives one CSV line (see VIEWER_CSV_HEADER) per viewer as the viewer leaves. */
  exportViewer?: (line: string) => void;
  /**
   * Called as each viewer leaves, before the slot is freed: read the viewer's columns directly
   * (`session.table.revenue[slot]`, …) without formatting a CSV line. `reason` is EXIT_NATURAL,
   * EXIT_PURCHASE or EXIT_END.
   */
  onViewerLeave?: (session: SessionState, slot: number, exitTime: number, reason: number, followed: boolean) => void;
  /** Followers of an earlier session of a season who come back, with their carried state (flag RETURNING). */
  returning?: ReturningViewers;
}

/** Viewer arms are kept in an Int8Array column. */
export const MAX_ARMS = 127;

/** The kernel environment of a session, so module-level handlers can reach the session. */
export class SessionEnvironment extends Environment {
  constructor(
    readonly session: SessionState,
    initialCapacity: number,
  ) {
    super({ initialCapacity });
  }
}

/**
 * The state of one simulated live session: the room and its viewers. The event handlers read and
 * write it; `LiveSession` adds the run (it imports the handlers, which import only this type).
 *
 *   compile plan → schedule host events and arrival processes → kernel.run(until T)
 *   → everyone still watching leaves at T → totals (see buildRunResult)
 *
 * The model is a set of module-level event handlers over this state (arrivals, acts, notices,
 * purchases, departures, host boundaries), each taking the viewer's slot as its integer target.
 * Formulas: docs/model.md.
 */
export abstract class SessionState {
  readonly env: SessionEnvironment;
  readonly plan: CompiledPlan;
  readonly products: ProductTable;
  readonly table: ViewerTable;
  readonly streams: ViewerStreams;
  readonly series: MinuteSeries;
  readonly totals: SessionTotals;
  readonly armStats: ArmAccumulators;
  readonly profiles: ProfileSampler[];
  /** Returning followers of a season (options.returning), or null. */
  readonly returning: ReturningSampler | null;
  readonly organic: PoissonProcessTimes;
  /** The platform's recommendation response of organic traffic, or null when it is off. */
  readonly pool: RecommendationPool | null;
  /** Uniforms that admit organic candidates under the traffic pool. */
  readonly poolDraw: Rng;
  /** Per source (SOURCES order): trust shift and patience multiplier of its viewers. */
  readonly sourceTrust: Float64Array;
  readonly sourcePatience: Float64Array;
  /** Uniforms that decide whether a referred friend inherits the referrer's segment. */
  readonly referralInherit: Rng;
  readonly followerTimes: Rng;
  readonly promotionTimes: Rng;
  readonly assignment: Rng;
  readonly offerStock: Float64Array;
  readonly offerUnits: Float64Array;
  /** Slot whose private "other" stream `otherRng` reads (samplers need an Rng function). */
  cursor = 0;
  readonly otherRng: Rng = () => this.streams.next(this.cursor, PURPOSE_OTHER);
  /**
   * The referred friend's arrival handler, set by LiveSession (which imports the handlers), so that
   * recording a purchase (which schedules it) need not import the arrival module.
   */
  abstract readonly referralArrival: EventHandler;
  /** When each flash sale sold out (seconds), NaN while stock is left. */
  readonly offerSoldOutAt: Float64Array;
  readonly referralCount: () => number;
  /** Product named by `link.productId`, −1 if none. */
  readonly linkProduct: number;
  currentPiece = 0;
  protected ran = false;
  /** Scratch outputs of purchaseLogOdds. */
  // A non-integer initial value gives the field a double representation from the start: the
  // first fractional price stored in a small-integer field would deprecate the session's map
  // (at the first decision moment) and deoptimise every handler compiled against it.
  decisionPrice = Number.NaN;
  decisionUsesCoupon = false;
  decisionWillingness = Number.NaN;
  nextViewerId = 0;
  followerClock = 0;
  readonly T: number;
  /** This session's traffic level (every source's arrivals × this; 1 without variation). */
  readonly trafficMultiplier: number;
  /** This session's audience warmth, added to every purchase log-odds (0 without variation). */
  readonly warmth: number;

  constructor(
    readonly scenario: Scenario,
    readonly options: SessionOptions,
  ) {
    const { seed, replicate } = options;
    if ((options.arms?.length ?? 0) > MAX_ARMS) throw new RangeError(`LiveSession: at most ${MAX_ARMS} arms, got ${options.arms?.length}`);
    this.plan = compilePlan(scenario, options.arms ?? []);
    this.T = this.plan.durationSeconds;
    const peak = expectedPeakViewers(scenario);
    this.table = new ViewerTable(peak);
    this.streams = new ViewerStreams(peak, this.table);
    this.products = productTable(scenario);
    this.series = new MinuteSeries(this.plan.minutes);
    this.totals = new SessionTotals(scenario.audience.segments.length, this.products.count);
    this.armStats = new ArmAccumulators(this.plan.arms.length);
    this.profiles = SOURCES.map((source) => new ProfileSampler(scenario, this.products.tags, seed, replicate, source));
    this.returning = options.returning === undefined ? null : new ReturningSampler(scenario, seed, replicate, options.returning);
    const effects = sessionEffects(scenario, seed, replicate);
    this.trafficMultiplier = effects.trafficMultiplier;
    this.warmth = effects.warmth;
    const intensity = organicArrivalRate(scenario.traffic.arrivals, this.T);
    const m = this.trafficMultiplier;
    const sale = saleTraffic(scenario);
    const recommendation = scenario.traffic.recommendation;
    this.pool = recommendation.enabled && recommendation.elasticity > 0 ? new RecommendationPool(recommendation) : null;
    this.poolDraw = createStream(seed, replicate, 'organic.recommendation');
    // With the traffic pool on, candidates come at cap × the rate and are admitted with r(t)/cap.
    const c = this.pool === null ? 1 : this.pool.cap;
    const mc = m * c;
    const rate = mc === 1 && sale.maxLift === 0 ? intensity.rate : (t: number) => mc * intensity.rate(t) * (1 + sale.lift(t));
    this.organic = nonHomogeneousPoisson(createStream(seed, replicate, 'organic.times'), rate, mc * intensity.maxRate * (1 + sale.maxLift), 0, this.T);
    const sources = scenario.traffic.sources;
    this.sourceTrust = Float64Array.from(SOURCES, (source) => sources[source].trustShift);
    this.sourcePatience = Float64Array.from(SOURCES, (source) => sources[source].patienceMultiplier);
    this.referralInherit = createStream(seed, replicate, 'referral.inherit');
    this.followerTimes = createStream(seed, replicate, 'followers.times');
    this.promotionTimes = createStream(seed, replicate, 'promotion.times');
    this.assignment = createStream(seed, replicate, 'assignment');
    this.linkProduct = scenario.link.productId === undefined ? -1 : this.products.ids.indexOf(scenario.link.productId);
    this.offerStock = Float64Array.from(this.plan.offers, (offer) => offer.stock);
    this.offerUnits = new Float64Array(this.plan.offers.length);
    this.offerSoldOutAt = new Float64Array(this.plan.offers.length).fill(Number.NaN);
    this.referralCount = poisson(this.otherRng)(scenario.traffic.referral.viewersPerShare);
    // One pending event per viewer present, plus arrivals, host events and notices.
    this.env = new SessionEnvironment(this, peak + 256);
    markMutable(this);
  }


  /** Viewer-facing events processed, counted like the reference workload: kernel events plus rejected arrival candidates. */
  get events(): number {
    return this.env.eventsProcessed + (this.organic.candidates - this.totals.arrivalsBySource[0]);
  }
}

/**
 * Viewers who come for a sale: while a flash sale runs, organic arrivals are (1 + trafficLift)
 * times the organic rate (lifts of overlapping sales add; segments never overlap). Returns the
 * lift at time t (seconds) and its maximum, the thinning bound's factor.
 */
function saleTraffic(scenario: Scenario): { lift: (t: number) => number; maxLift: number } {
  const sales = scenario.plan.flatMap((segment) =>
    segment.type === 'flash_sale' && segment.trafficLift > 0 ? [{ start: segment.startMinute * 60, end: segment.endMinute * 60, lift: segment.trafficLift }] : [],
  );
  const lift = (t: number) => {
    for (const sale of sales) if (t >= sale.start && t < sale.end) return sale.lift;
    return 0;
  };
  return { lift, maxLift: sales.reduce((max, sale) => Math.max(max, sale.lift), 0) };
}

/**
 * Session-level random effects (docs/model.md § Sessions that differ), from their own stream
 * `session.effects`: traffic multiplier e^(σ_t·Z₁ − σ_t²/2) (mean 1) and warmth σ_w·Z₂.
 */
function sessionEffects(scenario: Scenario, seed: number, replicate: number): { trafficMultiplier: number; warmth: number } {
  const variation = scenario.session.variation;
  if (!variation.enabled || (variation.trafficSd === 0 && variation.warmthSd === 0)) return { trafficMultiplier: 1, warmth: 0 };
  const draw = normal(createStream(seed, replicate, 'session.effects'))(0, 1);
  const z1 = draw();
  const z2 = draw();
  const sd = variation.trafficSd;
  return { trafficMultiplier: exp(sd * z1 - (sd * sd) / 2), warmth: variation.warmthSd * z2 };
}

/**
 * Fields that change only at host boundaries or on rare paths, written once here with another
 * value and back. V8 treats a field that has kept its first value as a constant in optimised code,
 * so the first change (the first host boundary, far into a run) would throw away every handler
 * compiled against it; after a second write here the field is an ordinary mutable one from the start.
 */
function markMutable(session: SessionState): void {
  session.currentPiece = -1;
  session.currentPiece = 0;
  session.decisionUsesCoupon = true;
  session.decisionUsesCoupon = false;
}
