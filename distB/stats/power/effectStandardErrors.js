import { normalisedSplit } from './powerDesign.js';
/**
 * Standard errors of the difference for `totalUnits` split by `design.split`, given the true
 * absolute effect δ.
 * Proportions (pooled z-test; Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions,
 * 3rd ed. 2003, §4.2, without continuity correction): p_c = baseline, p_t = p_c + δ,
 * p̄ = s_c p_c + s_t p_t; null √(p̄(1 − p̄)(1/n_c + 1/n_t)), alternative √(p_c q_c/n_c + p_t q_t/n_t).
 * Means (known sd σ, z approximation): both σ√(1/n_c + 1/n_t). O(1).
 */
export function effectStandardErrors(design, totalUnits, delta) {
    const [shareControl, shareTreatment] = normalisedSplit(design);
    const nc = totalUnits * shareControl;
    const nt = totalUnits * shareTreatment;
    if (design.kind === 'mean') {
        const se = design.sd * Math.sqrt(1 / nc + 1 / nt);
        return { null: se, alternative: se };
    }
    const pc = design.baseline;
    const pt = pc + delta;
    if (!(pt > 0 && pt < 1))
        throw new RangeError(`treatment rate ${pt} (baseline ${pc} + effect ${delta}) is outside (0, 1)`);
    const pooled = shareControl * pc + shareTreatment * pt;
    return {
        null: Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt)),
        alternative: Math.sqrt((pc * (1 - pc)) / nc + (pt * (1 - pt)) / nt),
    };
}
//# sourceMappingURL=effectStandardErrors.js.map