import { requireFinite, requireRng } from './parameterChecks.js';
/**
 * Continuous uniform on [min, max) (defaults [0, 1)).
 *
 * @example
 * const jitter = uniform(rng)(-0.5, 0.5);
 * jitter(); // e.g. 0.1378…
 */
export const uniform = (rng) => (min = 0, max = 1) => {
    requireRng('uniform', rng);
    requireFinite('uniform', 'min', min);
    requireFinite('uniform', 'max', max);
    if (max < min)
        throw new RangeError(`uniform: max (${max}) must be ≥ min (${min})`);
    const width = max - min;
    return () => min + width * rng();
};
//# sourceMappingURL=uniform.js.map