import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runSession, type RunResult } from '../../../src/sim/model/index.js';
import { parseScenario, type ScenarioInput } from '../../../src/sim/scenario/index.js';
import { scaledRuns } from '../../support/fastCheckSeed.js';
import { minimalScenario, minimalScenarioInput } from './minimalScenario.js';

/**
 * Purchases as a process in time (purchase.timing "hazard", docs/model.md § Purchase decision):
 * invariance to how the plan is cut, price monotonicity run by run, and the hazard's analytic form.
 */

const TYPES = ['intro', 'trial_lesson', 'qa', 'poll', 'giveaway', 'testimonial', 'pitch', 'flash_sale', 'break'] as const;

/** Generated plans: 2–6 segments (some gaps), 1–2 products, every purchase term switched on. */
const planArbitrary = fc
  .record({
    lengths: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }),
    types: fc.array(fc.constantFrom(...TYPES), { minLength: 6, maxLength: 6 }),
    gaps: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    products: fc.integer({ min: 1, max: 2 }),
    stock: fc.option(fc.integer({ min: 1, max: 40 })),
    placement: fc.constantFrom('pinned', 'popup_on_pitch', 'description_only', 'cart_bubble'),
    tau: fc.constantFrom(0, 0.5, 3),
    rate: fc.integer({ min: 20, max: 120 }),
    baseline: fc.double({ min: -4, max: 0, noNaN: true }),
    split: fc.nat(),
    cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
  })
  .map((r) => {
    const products = Array.from({ length: r.products }, (_, i) => ({ id: `p${i}`, price: 80 + 40 * i, listPrice: 1000, kind: 'course' }));
    let minute = 0;
    const plan: Record<string, unknown>[] = [];
    r.lengths.forEach((length, i) => {
      if (r.gaps[i]) minute += 1;
      const type = r.types[i];
      const segment: Record<string, unknown> = { type, startMinute: minute, endMinute: minute + length, title: `s${i}` };
      if (type === 'flash_sale') Object.assign(segment, { productId: 'p0', countdownMinutes: 1, countdownBoost: 0.3 }, r.stock === null ? {} : { stock: r.stock });
      if (type === 'pitch' && i % 2 === 0) segment.productId = products[products.length - 1].id;
      if (type === 'giveaway') Object.assign(segment, { couponShare: 0.5, couponValue: 20 });
      plan.push(segment);
      minute += length;
    });
    const input = minimalScenarioInput({
      session: { durationMinutes: minute + 2 },
      traffic: { arrivals: { kind: 'constant', perMinute: r.rate }, referral: { shareProbability: 0.3, viewersPerShare: 1 } },
      audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 150 }, sigma: 0.6 }, engagement: { likesPerMinute: 0.5, questionsPerMinute: 0.1, propensityDispersion: 0.5 } }] },
      products,
      link: { placement: r.placement },
      plan,
      interest: { engagement: 0.5 },
      purchase: { baseline: r.baseline, considerationMinutes: r.tau, listPriceAnchor: 0.3, socialProof: 0.1, crowd: 0.05, chatBuzz: 0.2, trust: 1 },
      retention: { followIfBought: 0.5, followIfEngaged: 0.1, followIfPassive: 0.02 },
    });
    return { input, plan, split: r.split % plan.length, cut: r.cut, seed: r.seed };
  });

/** The plan with segment `index` cut at fraction `cut` into two back-to-back pieces of the same type and settings. */
function splitSegment(plan: Record<string, unknown>[], index: number, cut: number): Record<string, unknown>[] {
  const segment = plan[index];
  const start = segment.startMinute as number;
  const end = segment.endMinute as number;
  const middle = Math.round((start + cut * (end - start)) * 60) / 60;
  if (!(middle > start && middle < end)) return plan;
  return [...plan.slice(0, index), { ...segment, endMinute: middle }, { ...segment, startMinute: middle, title: 'second half' }, ...plan.slice(index + 1)];
}

/** What a run says about viewers and money (the event count differs: a cut is one more host event). */
function outcome(run: RunResult) {
  // Watch time to 1e-9 relative: an extra breakpoint in the leaving clock rounds departure times in the last bit.
  return { funnel: run.funnel, orders: run.orders, byProduct: run.byProduct, offers: run.offers, watch: run.meanWatchSeconds.toPrecision(9), timeline: run.timeline.map((row) => [row.orders, row.clicks, row.chats]) };
}

describe('purchases as a process in time (timing "hazard")', () => {
  test('cutting any segment into back-to-back pieces of the same type and settings changes nothing (common random numbers)', () => {
    fc.assert(
      fc.property(planArbitrary, ({ input, plan, split, cut, seed }) => {
        const whole = runSession(parseScenario(input), { seed, replicate: 0 });
        const cutPlan = splitSegment(plan, split, cut);
        const pieces = runSession(parseScenario({ ...input, plan: cutPlan } as ScenarioInput), { seed, replicate: 0 });
        expect(outcome(pieces)).toEqual(outcome(whole));
        expect(Math.abs(pieces.revenue - whole.revenue)).toBeLessThanOrEqual(1e-9 * Math.max(1, whole.revenue));
      }),
      { numRuns: scaledRuns(40) },
    );
  });

  test('ten 1-minute pitches sell what one 10-minute pitch sells (the flagship failure of issue 12)', () => {
    const pitch = { type: 'pitch', productId: 'course' };
    const one = minimalScenario({ traffic: { arrivals: { perMinute: 200 } }, plan: [{ ...pitch, startMinute: 10, endMinute: 20 }], purchase: { baseline: -2 } });
    const ten = minimalScenario({
      traffic: { arrivals: { perMinute: 200 } },
      plan: Array.from({ length: 10 }, (_, k) => ({ ...pitch, startMinute: 10 + k, endMinute: 11 + k })),
      purchase: { baseline: -2 },
    });
    for (let replicate = 0; replicate < 3; replicate++) {
      const a = runSession(one, { seed: 4, replicate });
      expect(a.funnel.bought).toBeGreaterThan(20);
      expect(outcome(runSession(ten, { seed: 4, replicate }))).toEqual(outcome(a));
    }
  });

  test('raising a price never raises the purchase rate, run by run (generated plans, common random numbers)', () => {
    fc.assert(
      fc.property(planArbitrary, fc.double({ min: 1.01, max: 3, noNaN: true }), ({ input, seed }, factor) => {
        // No referrals (their arrivals follow purchases), buyers stay, catalogue order: a price
        // change can then only move a viewer's own purchases, in the direction of the price.
        const base = { ...input, traffic: { ...input.traffic, referral: { shareProbability: 0 } }, pitchPolicy: 'fixed_order' } as ScenarioInput;
        const cheap = runSession(parseScenario(base), { seed, replicate: 0 });
        const dearProducts = (base.products as { price: number }[]).map((product, i) => (i === 0 ? { ...product, price: product.price * factor } : product));
        const dear = runSession(parseScenario({ ...base, products: dearProducts } as ScenarioInput), { seed, replicate: 0 });
        expect(dear.funnel.arrived).toBe(cheap.funnel.arrived);
        expect(dear.funnel.bought).toBeLessThanOrEqual(cheap.funnel.bought);
        expect(dear.byProduct[0].orders).toBeLessThanOrEqual(cheap.byProduct[0].orders);
      }),
      { numRuns: scaledRuns(40) },
    );
  });

  test('a fixed weighing rate r and purchase probability p give the purchase hazard r·p (competing with leaving; within 4 standard errors)', () => {
    // A flash sale over the whole session; everyone's willingness to pay exceeds the price. A viewer
    // arriving at a ~ U(0, T) with an Exp(μ) stay buys with probability h/(h+μ)·(1 − e^(−(h+μ)(T−a))), h = r·p.
    const r = 0.5;
    const p = 0.2;
    const mu = 1 / 5;
    const T = 30;
    const scenario = minimalScenario({
      audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 1000 }, sigma: 0 }, watchTime: { kind: 'exponential', meanMinutes: 5 }, bounce: { share: 0 } }] },
      link: { placement: 'popup_on_pitch', adEffect: 0, annoyance: 0, noticePerMinute: 0 },
      plan: [{ type: 'flash_sale', startMinute: 0, endMinute: T, productId: 'course', discountPercent: 0, countdownMinutes: 0, countdownBoost: 0, effects: { adEffect: 0, leaveMultiplier: 1 } }],
      purchase: { baseline: Math.log(p / (1 - p)), interest: 0, considerations: { offerPerMinute: r, linkPerMinute: 0 } },
    });
    const h = r * p;
    const k = h + mu;
    const expected = (h / k) * (1 - (1 - Math.exp(-k * T)) / (k * T));
    const runs = Array.from({ length: 10 }, (_, replicate) => runSession(scenario, { seed: 21, replicate }));
    const arrived = runs.reduce((sum, run) => sum + run.funnel.arrived, 0);
    const bought = runs.reduce((sum, run) => sum + run.funnel.bought, 0);
    expect(Math.abs(bought / arrived - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / arrived));
  });

  test('a viewer never pays more than their willingness to pay', () => {
    const scenario = minimalScenario({
      traffic: { arrivals: { perMinute: 200 } },
      audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 100 }, sigma: 0.5 } }] },
      plan: [{ type: 'pitch', startMinute: 5, endMinute: 25, productId: 'course' }],
      purchase: { baseline: 1 },
    });
    // σ = 0.5: P(WTP ≥ 150) = 1 − Φ(ln 1.5 / 0.5) ≈ 0.21; with intent near 1 the conversion is about that share of those who weighed.
    const at = (price: number) => runSession({ ...scenario, products: [{ ...scenario.products[0], price }] }, { seed: 2, replicate: 0 });
    const cheap = at(50);
    const dear = at(150);
    const ratio = dear.funnel.bought / dear.funnel.sawLink / (cheap.funnel.bought / cheap.funnel.sawLink);
    expect(ratio).toBeGreaterThan(0.15);
    expect(ratio).toBeLessThan(0.3);
    expect(at(100_000).funnel.bought).toBe(0);
  });

  test('the revenue-optimal price lies inside the audience\'s willingness-to-pay range', () => {
    const revenueAt = (price: number) =>
      runSession(
        minimalScenario({
          products: [{ id: 'course', price }],
          traffic: { arrivals: { perMinute: 200 } },
          audience: { segments: [{ id: 'all', share: 1, willingnessToPay: { medianByKind: { course: 150 }, sigma: 0.5 } }] },
          plan: [{ type: 'pitch', startMinute: 5, endMinute: 25, productId: 'course' }],
          purchase: { baseline: -2 },
        }),
        { seed: 3, replicate: 0 },
      ).revenue;
    // For a lognormal reservation price the optimum is near median·e^(−0.2) ≈ 120 (σ = 0.5).
    const [low, middle, high] = [40, 120, 360].map(revenueAt);
    expect(middle).toBeGreaterThan(1.3 * low);
    expect(middle).toBeGreaterThan(1.3 * high);
  });
});

describe('flash sales in time: urgency and stock', () => {
  const sale = (overrides: Record<string, unknown> = {}) =>
    minimalScenario({
      traffic: { arrivals: { perMinute: 200 } },
      link: { placement: 'pinned', liveFromMinute: 0 },
      plan: [{ type: 'flash_sale', startMinute: 10, endMinute: 20, productId: 'course', countdownMinutes: 2, ...overrides }],
      purchase: { baseline: -2.5 },
    });
  const ordersIn = (run: RunResult, from: number, to: number) => run.timeline.filter((row) => row.minute >= from && row.minute < to).reduce((sum, row) => sum + row.orders, 0);

  test('the countdown raises the purchase hazard: a last-call rush in the final minutes', () => {
    const runs = Array.from({ length: 3 }, (_, replicate) => runSession(sale(), { seed: 8, replicate }));
    const before = runs.reduce((sum, run) => sum + ordersIn(run, 14, 18), 0) / 4;
    const countdown = runs.reduce((sum, run) => sum + ordersIn(run, 18, 20), 0) / 2;
    expect(countdown).toBeGreaterThan(1.5 * before);
    const calm = minimalScenario({ ...sale(), purchase: { ...sale().purchase, considerations: { ...sale().purchase.considerations, countdownPerMinute: 0 } } });
    expect(runSession(sale({ countdownBoost: 0.3 }), { seed: 8, replicate: 0 }).orders).toBeGreaterThan(runSession(calm, { seed: 8, replicate: 0 }).orders);
  });

  test('limited stock is drawn down over the sale and sells out at a moment inside it', () => {
    const run = runSession(sale({ stock: 300 }), { seed: 8, replicate: 0 });
    const [offer] = run.offers;
    expect(offer.unitsSold).toBe(300);
    expect(offer.soldOutMinute).not.toBeNull();
    // Drawn down over minutes, not gone at the instant the sale opens (as with decision moments).
    expect(offer.soldOutMinute!).toBeGreaterThan(11);
    expect(offer.soldOutMinute!).toBeLessThan(20);
    expect(ordersIn(run, 10, 11)).toBeLessThan(180);
  });
});

describe('viewers who come for the sale', () => {
  test('trafficLift raises organic arrivals while the sale runs by that fraction (within 4 standard errors), and nowhere else', () => {
    const withLift = (trafficLift: number) =>
      minimalScenario({ traffic: { arrivals: { perMinute: 100 } }, plan: [{ type: 'flash_sale', startMinute: 10, endMinute: 20, productId: 'course', trafficLift }] });
    const arrivals = (trafficLift: number, from: number, to: number) =>
      Array.from({ length: 5 }, (_, replicate) => runSession(withLift(trafficLift), { seed: 6, replicate }))
        .flatMap((run) => run.timeline.filter((row) => row.minute >= from && row.minute < to))
        .reduce((sum, row) => sum + row.arrivals, 0);
    const during = arrivals(0.5, 10, 20);
    const expected = 5 * 10 * 100 * 1.5;
    expect(Math.abs(during - expected)).toBeLessThan(4 * Math.sqrt(expected));
    const before = arrivals(0.5, 0, 10);
    expect(Math.abs(before - 5000)).toBeLessThan(4 * Math.sqrt(5000));
  });
});
