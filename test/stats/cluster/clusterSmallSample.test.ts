import { describe, expect, it } from 'vitest';
import { createStream, type Rng } from '../../../src/sim/random/index.js';
import { clusterComparison, type ClusterArmStats, type ClusterComparisonOptions } from '../../../src/stats/cluster/index.js';
import { binomialBand } from '../sequential/support/binomialBand.js';
import { generateClusterArm } from '../sequential/support/calibrationData.js';

/**
 * Seeded check of the few-cluster correction (Cameron & Miller 2015 §VI.C): 2,000 A/A data sets
 * of 8 sessions per arm whose viewers share a strong session effect (between-session sd 1,
 * within-session sd 1, about 20 viewers a session: intra-cluster correlation 0.5). At α = 0.05 the
 * default (CR1, t on 14 df) rejects within the 99% binomial band of 5%; CR0 with a normal
 * reference is inflated above the band. Runs in well under a second.
 */
const SEED = 20250612;
const DATA_SETS = 2000;
const SESSIONS = 8;
const ALPHA = 0.05;

function sessionArm(rng: Rng): ClusterArmStats {
  return generateClusterArm(rng, SESSIONS, 0, { meanExtraViewers: 20, sessionSd: 1, baseLevel: 10 });
}

const SETTINGS: Record<string, ClusterComparisonOptions> = {
  'CR1 + t (default)': {},
  'CR0 + normal': { smallSample: false, reference: 'normal' },
  'CR1 + normal': { reference: 'normal' },
  'CR0 + t': { smallSample: false },
};

function falsePositiveRates(): Record<string, { absolute: number; relative: number }> {
  const hits = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, { absolute: 0, relative: 0 }]));
  for (let r = 0; r < DATA_SETS; r++) {
    const control = sessionArm(createStream(SEED, r, 'control'));
    const treatment = sessionArm(createStream(SEED, r, 'treatment'));
    for (const [name, options] of Object.entries(SETTINGS)) {
      const result = clusterComparison(control, treatment, { alpha: ALPHA, ...options });
      if (result.absolute.pValue < ALPHA) hits[name].absolute++;
      if (result.relative !== null && result.relative.pValue < ALPHA) hits[name].relative++;
    }
  }
  return Object.fromEntries(Object.entries(hits).map(([k, h]) => [k, { absolute: h.absolute / DATA_SETS, relative: h.relative / DATA_SETS }]));
}

describe('clusterComparison with 8 sessions per arm (seeded A/A, strong intra-session correlation)', () => {
  const rates = falsePositiveRates();
  const [low, high] = binomialBand(DATA_SETS, ALPHA, 0.99);

  it('the default (CR1, t on K_c + K_t − 2 df) rejects about 5%; CR0 with a normal reference is inflated', () => {
    console.log(`A/A false-positive rates, ${DATA_SETS} data sets, 99% band [${low}, ${high}]:`, rates);
    expect(rates['CR1 + t (default)'].absolute).toBeGreaterThanOrEqual(low);
    expect(rates['CR1 + t (default)'].absolute).toBeLessThanOrEqual(high);
    expect(rates['CR1 + t (default)'].relative).toBeGreaterThanOrEqual(low);
    expect(rates['CR1 + t (default)'].relative).toBeLessThanOrEqual(high);
    expect(rates['CR0 + normal'].absolute).toBeGreaterThan(high);
    expect(rates['CR0 + normal'].relative).toBeGreaterThan(high);
  });
});
