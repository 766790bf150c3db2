import { parseScenario, type Scenario, type ScenarioInput } from '../../../src/sim/scenario/index.js';
import { deepMerge } from '../../../src/sim/scenario/index.js';

/**
 * A small valid scenario for tests: one segment, one product, a constant arrival rate, every
 * optional effect switched off so analytic expectations are easy to state. `overrides` are
 * deep-merged in (arrays replace).
 */
export function minimalScenarioInput(overrides: unknown = {}): ScenarioInput {
  const base: ScenarioInput = {
    name: 'test',
    session: { durationMinutes: 30, variation: { enabled: false } },
    host: { followers: 0 },
    audience: {
      segments: [
        {
          id: 'all',
          share: 1,
          willingnessToPay: { sigma: 0 },
          engagement: { chatsPerMinute: 1, likesPerMinute: 0, votesPerMinute: 0, questionsPerMinute: 0, propensityDispersion: 0 },
          watchTime: { kind: 'exponential', meanMinutes: 5 },
          bounce: { share: 0 },
        },
      ],
    },
    traffic: {
      arrivals: { kind: 'constant', perMinute: 60 },
      followerNotification: { openRate: 0 },
      referral: { shareProbability: 0 },
      recommendation: { enabled: false },
    },
    products: [{ id: 'course', price: 100 }],
    interest: { topicAffinity: 0, engagement: 0, hostExpertise: 0, rating: 0 },
    purchase: { priceVsWillingness: 0, listPriceAnchor: 0, trust: 0, socialProof: 0, crowd: 0, chatBuzz: 0 },
    retention: { followIfBought: 0, followIfEngaged: 0, followIfPassive: 0 },
  };
  return deepMerge(base, overrides) as ScenarioInput;
}

export function minimalScenario(overrides: unknown = {}): Scenario {
  return parseScenario(minimalScenarioInput(overrides));
}
