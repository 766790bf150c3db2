/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated at any depth to build bad inputs */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/sim/scenario/index.js';
import { viewerTreatment } from '../../../src/experiments/units/viewerTreatment.js';
import { fixtureJson } from '../helpers.js';

const base = parseScenario(fixtureJson('small-room.json'));
const withChange = (change: (scenario: Record<string, any>) => void) => {
  const copy = structuredClone(base) as Record<string, any>;
  change(copy);
  return parseScenario(copy);
};

describe('viewerTreatment', () => {
  it('turns a link placement, a common price factor and a coupon into a per-viewer treatment', () => {
    const arm = withChange((s) => {
      s.link.placement = 'popup_on_pitch';
      s.products[0].price = 79.2;
      s.name = 'relabelled';
    });
    const { treatment, problems } = viewerTreatment('b', base, arm, { value: 20, adEffect: 0.3 });
    expect(problems).toEqual([]);
    expect(treatment).toEqual({ name: 'b', linkPlacement: 'popup_on_pitch', priceMultiplier: 0.8, couponOnArrival: { value: 20, adEffect: 0.3 } });
  });
  it('leaves an unchanged arm without treatment', () => {
    expect(viewerTreatment('a', base, base)).toEqual({ treatment: { name: 'a' }, problems: [] });
  });
  it('refuses what one shared room cannot split: host, plan, pitch policy', () => {
    const arm = withChange((s) => {
      s.host.charisma = 0.9;
      s.plan[1].endMinute = 20;
      s.pitchPolicy = 'interest_matched';
    });
    const { problems } = viewerTreatment('b', base, arm);
    expect(problems.map((p) => p.path)).toEqual([['host', 'charisma'], ['pitchPolicy'], ['plan', 1, 'endMinute']]);
    expect(problems[0].message).toMatch(/cannot differ between viewers of one shared room.*use unit "session"/);
  });
  it('refuses products priced by different factors', () => {
    const two = parseScenario({ ...structuredClone(base), products: [{ id: 'a', price: 100 }, { id: 'b', price: 50 }], plan: [], link: { placement: 'pinned' } });
    const arm = parseScenario({ ...structuredClone(two), products: [{ id: 'a', price: 80 }, { id: 'b', price: 50 }] });
    const { problems } = viewerTreatment('b', two, arm);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toEqual(['products', 1, 'price']);
    expect(problems[0].message).toMatch(/same factor.*× 0\.8.*× 1/);
  });
});
