import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runSession, type RunResult } from '../../../src/sim/model/index.js';
import { parseScenario, type ScenarioInput } from '../../../src/sim/scenario/index.js';
import { scaledRuns } from '../../support/fastCheckSeed.js';

const SEGMENT_TYPES = ['intro', 'trial_lesson', 'qa', 'poll', 'giveaway', 'testimonial', 'pitch', 'flash_sale', 'break'] as const;
const KINDS = ['course', 'ebook', 'column', 'membership'] as const;

/** Random valid scenarios: small (≤ 20 minutes, ≤ 40 arrivals a minute) so each run is quick. */
const scenarioArbitrary = fc
  .record({
    minutes: fc.integer({ min: 2, max: 20 }),
    rate: fc.double({ min: 0, max: 40, noNaN: true }),
    shares: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
    watch: fc.constantFrom('exponential', 'lognormal', 'gamma'),
    chat: fc.double({ min: 0, max: 3, noNaN: true }),
    likes: fc.double({ min: 0, max: 3, noNaN: true }),
    dispersion: fc.double({ min: 0, max: 2, noNaN: true }),
    prices: fc.array(fc.double({ min: 1, max: 2000, noNaN: true }), { minLength: 1, maxLength: 3 }),
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 3, maxLength: 3 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 19 }), { maxLength: 6 }),
    types: fc.array(fc.constantFrom(...SEGMENT_TYPES), { minLength: 7, maxLength: 7 }),
    placement: fc.constantFrom('pinned', 'popup_on_pitch', 'description_only', 'cart_bubble'),
    policy: fc.constantFrom('fixed_order', 'interest_matched', 'best_seller'),
    leave: fc.boolean(),
    baseline: fc.double({ min: -6, max: 2, noNaN: true }),
    triggers: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    budget: fc.double({ min: 0, max: 5000, noNaN: true }),
    followers: fc.integer({ min: 0, max: 5000 }),
    stock: fc.option(fc.integer({ min: 1, max: 20 })),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  })
  .map((r): { input: ScenarioInput; seed: number } => {
    const total = r.shares.reduce((sum, share) => sum + share, 0);
    const shares = r.shares.map((share) => share / total);
    shares[shares.length - 1] = 1 - shares.slice(0, -1).reduce((sum, share) => sum + share, 0);
    const products = r.prices.map((price, i) => ({ id: `p${i}`, price, kind: r.kinds[i], topics: i === 0 ? ['a'] : ['b'] }));
    const bounds = [0, ...r.cuts.filter((cut) => cut < r.minutes).sort((a, b) => a - b), r.minutes];
    const plan = bounds.slice(0, -1).flatMap((start, i) => {
      const type = r.types[i % r.types.length];
      const segment: Record<string, unknown> = { type, startMinute: start, endMinute: bounds[i + 1] };
      if (type === 'flash_sale') Object.assign(segment, { productId: products[i % products.length].id }, r.stock === null ? {} : { stock: r.stock });
      if (type === 'pitch' && i % 2 === 0) segment.productId = products[0].id;
      return i % 3 === 2 ? [] : [segment]; // leave some gaps of plain talk
    });
    const watchTime =
      r.watch === 'exponential' ? { kind: 'exponential', meanMinutes: 3 } : r.watch === 'lognormal' ? { kind: 'lognormal', medianMinutes: 2, sigma: 1 } : { kind: 'gamma', meanMinutes: 3, shape: 2 };
    const [linkLive, notice, pitchStart, offerStart, arrivalDuringOffer] = r.triggers;
    const input = {
      name: 'generated',
      session: { durationMinutes: r.minutes },
      host: { followers: r.followers, expertise: { a: 0.8 } },
      audience: {
        segments: shares.map((share, i) => ({
          id: `s${i}`,
          share,
          interestTags: i === 0 ? { a: 1 } : { a: 1, b: 2 },
          attributes: { ageBands: { young: 1, old: 2 } },
          engagement: { chatsPerMinute: r.chat, likesPerMinute: r.likes, propensityDispersion: r.dispersion },
          watchTime,
        })),
      },
      traffic: {
        arrivals: { kind: 'constant', perMinute: r.rate },
        promotion: { budget: r.budget, viewersAtSaturation: 100 },
        referral: { shareProbability: r.share, viewersPerShare: 1 },
      },
      products,
      pitchPolicy: r.policy,
      link: { placement: r.placement },
      plan,
      purchase: { baseline: r.baseline, leaveAfterPurchase: r.leave, triggers: { linkLive, notice, pitchStart, offerStart, arrivalDuringOffer } },
    } as unknown as ScenarioInput;
    return { input, seed: r.seed };
  });

/** Every number anywhere in the result. */
function numbers(value: unknown, path = 'run'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  return [];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('properties over generated valid scenarios (fast-check)', () => {
  test('funnel never increases; revenue = sum of prices paid; no NaN or negative value', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ input, seed }) => {
        const scenario = parseScenario(input);
        let paid = 0;
        let viewerOrders = 0;
        let viewers = 0;
        const run: RunResult = runSession(scenario, {
          seed,
          replicate: 0,
          exportViewer: (line) => {
            const fields = line.split(',');
            // From the end: …, orders, revenue, followed, first_purchase_s.
            paid += Number(fields[fields.length - 3]);
            viewerOrders += Number(fields[fields.length - 4]);
            viewers++;
          },
        });
        const f = run.funnel;
        expect(f.engaged).toBeLessThanOrEqual(f.arrived);
        expect(f.sawLink).toBeLessThanOrEqual(f.engaged);
        expect(f.clicked).toBeLessThanOrEqual(f.sawLink);
        expect(f.bought).toBeLessThanOrEqual(f.clicked);
        expect(run.orders).toBeGreaterThanOrEqual(f.bought);
        expect(viewers).toBe(f.arrived);
        expect(viewerOrders).toBe(run.orders);
        // The CSV rounds each viewer's revenue to 3 decimals.
        expect(Math.abs(paid - run.revenue)).toBeLessThanOrEqual(0.0005 * viewers + 1e-6);
        expect(close(run.timeline.reduce((sum, row) => sum + row.revenue, 0), run.revenue)).toBe(true);
        expect(close(run.byProduct.reduce((sum, p) => sum + p.revenue, 0), run.revenue)).toBe(true);
        expect(close(run.bySegment.reduce((sum, s) => sum + s.revenue, 0), run.revenue)).toBe(true);
        expect(run.timeline.reduce((sum, row) => sum + row.orders, 0)).toBe(run.orders);
        expect(run.timeline.reduce((sum, row) => sum + row.arrivals, 0)).toBe(f.arrived);
        for (const [path, value] of numbers(run)) {
          expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
          // Profit and ROI (costs above revenue) and the session's warmth (a log-odds shift) may be negative.
          if (!['run.profit', 'run.roi', 'run.sessionEffects.warmth'].includes(path)) expect(value, path).toBeGreaterThanOrEqual(0);
        }
        expect(close(run.profit, run.revenue - run.costs.total)).toBe(true);
      }),
      { numRuns: scaledRuns(40) },
    );
  });

  test('same seed, same result; another seed, another result', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ input, seed }) => {
        const scenario = parseScenario(input);
        const a = runSession(scenario, { seed, replicate: 0 });
        expect(runSession(scenario, { seed, replicate: 0 })).toEqual(a);
        const b = runSession(scenario, { seed: seed + 1, replicate: 0 });
        if (a.funnel.arrived > 5) expect(b.timeline).not.toEqual(a.timeline);
      }),
      { numRuns: scaledRuns(10) },
    );
  });

  test('pinned counterexample: a tiny engagement dispersion (5e-324) no longer overflows the Gamma shape', () => {
    const input = {
      name: 'generated',
      session: { durationMinutes: 2 },
      audience: { segments: [{ id: 's0', share: 1, engagement: { propensityDispersion: 5e-324 } }] },
      traffic: { arrivals: { kind: 'constant', perMinute: 30 } },
      products: [{ id: 'p0', price: 1 }],
    } as ScenarioInput;
    const run = runSession(parseScenario(input), { seed: 0, replicate: 0 });
    expect(run.funnel.arrived).toBeGreaterThan(0);
  });
});
