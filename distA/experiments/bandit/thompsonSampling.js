import { isProper, meanMarginal, normalInverseGammaPosterior } from './normalInverseGamma.js';
import { studentT } from './studentT.js';
/**
 * Thompson sampling over arms with Normal rewards of unknown mean and variance (Thompson 1933;
 * Russo et al. 2018, "A Tutorial on Thompson Sampling", §3):
 *
 *   warm-up: while some arm has run fewer than `warmupSessionsPerArm` sessions, run the arm with
 *            the fewest (lowest index on ties);
 *   then:    for each arm a, update the Normal–Inverse-Gamma prior with its rewards, draw
 *            μ̃ₐ from the Student-t marginal of its mean, and run argmaxₐ μ̃ₐ (lowest index on ties).
 *
 * Each arm's mean is drawn in arm order from one stream, so a replicate is reproducible.
 */
export function thompsonSampling(options) {
    const { prior, warmupSessionsPerArm } = options;
    const minimum = minimumWarmup(prior);
    if (!(Number.isInteger(warmupSessionsPerArm) && warmupSessionsPerArm >= minimum)) {
        throw new RangeError(`thompsonSampling: this prior needs a warm-up of at least ${minimum} sessions per arm, got ${warmupSessionsPerArm}`);
    }
    const draw = studentT(options.rng);
    return {
        name: 'thompson',
        choose(_session, rewards) {
            const fewest = argExtreme(rewards.map((arm) => -arm.n));
            if (rewards[fewest].n < warmupSessionsPerArm)
                return fewest;
            return argExtreme(rewards.map((arm) => draw(meanMarginal(normalInverseGammaPosterior(prior, arm)))));
        },
    };
}
/**
 * Fewest sessions per arm after which the posterior is proper whatever the rewards: κ₀ + n > 0
 * and α₀ + n/2 > 0 (β only grows). The reference prior needs 2.
 */
export function minimumWarmup(prior) {
    for (let n = 0; n < 1000; n++) {
        if (isProper({ ...prior, strength: prior.strength + n, shape: prior.shape + n / 2 }))
            return n;
    }
    throw new RangeError(`prior ${JSON.stringify(prior)} never becomes proper`);
}
/** Index of the largest value, the first one on ties. */
function argExtreme(values) {
    let best = 0;
    for (let i = 1; i < values.length; i++)
        if (values[i] > values[best])
            best = i;
    return best;
}
//# sourceMappingURL=thompsonSampling.js.map