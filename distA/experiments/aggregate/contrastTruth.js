import { metricValue } from '../analyse/metricStats.js';
import { addSums } from '../simulate/ViewerSums.js';
/** Potential-outcome sums of each arm in one replicate, pooled over its slots. */
export function potentialSumsByArm(raw, arms) {
    return Array.from({ length: arms }, (_, arm) => addSums(raw.potential.filter((outcome) => outcome.arm === arm).map((outcome) => outcome.sums)));
}
/**
 * The true effect of a contrast: the metric of each group computed over the potential outcomes
 * in which every viewer of every session got that group's arms (Σx / Σd pooled), then compared
 * as the estimator compares the observed groups. Given sums pooled over all replicates this is
 * the truth; given one replicate's sums, that replicate's share of it (for Monte-Carlo errors).
 */
export function contrastTruth(sumsByArm, contrast, metric) {
    const value = (group) => metricValue(addSums(group.map((arm) => sumsByArm[arm])), metric);
    const treatment = value(contrast.treatment);
    const control = value(contrast.control);
    if (contrast.minus) {
        const baseline = value(contrast.minus.control);
        return { absolute: treatment - control - (value(contrast.minus.treatment) - baseline), relative: null, control: baseline };
    }
    return { absolute: treatment - control, relative: control > 0 ? treatment / control - 1 : null, control };
}
//# sourceMappingURL=contrastTruth.js.map