import { compareMeans } from './compareMeans.js';
import { compareProportions } from './compareProportions.js';
import { compareRatios } from './compareRatios.js';
import { DEFAULT_ANALYSIS_OPTIONS } from './types.js';
/** The fixed-horizon comparison for a metric kind: z-test, Welch's t-test or delta-method ratio. */
export function compare(kind, control, treatment, options = DEFAULT_ANALYSIS_OPTIONS) {
    if (kind === 'proportion')
        return compareProportions(control, treatment, options);
    if (kind === 'mean')
        return compareMeans(control, treatment, options);
    return compareRatios(control, treatment, options);
}
//# sourceMappingURL=compare.js.map