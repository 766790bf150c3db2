import { gamma, normal } from '../../sim/random/index.js';
/**
 * Sampler of a location–scale Student-t (d3-random style: the random source is required and
 * handed down). T = Z / √(G / ν) with Z ~ N(0, 1) and G ~ χ²_ν = Gamma(ν/2, scale 2), so a draw
 * is location + scale · T (Devroye, Non-Uniform Random Variate Generation, 1986, §IX.5). The
 * degrees of freedom may change from call to call (a posterior moves after every session), so
 * the χ² sampler is built per call; the normal sampler is built once. A scale of 0 returns the
 * location without drawing.
 *
 * @example const draw = studentT(rng); draw({ df: 4, location: 100, scale: 10 }) // e.g. 93.1…
 */
export const studentT = (rng) => {
    const standardNormal = normal(rng)(0, 1);
    return (distribution) => {
        if (!(distribution.df > 0) || !(distribution.scale >= 0)) {
            throw new RangeError(`studentT: df must be > 0 and scale ≥ 0, got ${JSON.stringify(distribution)}`);
        }
        if (distribution.scale === 0)
            return distribution.location;
        const z = standardNormal();
        const chiSquare = gamma(rng)(distribution.df / 2, 2)();
        return distribution.location + distribution.scale * z * Math.sqrt(distribution.df / chiSquare);
    };
};
//# sourceMappingURL=studentT.js.map