import { NumericColumn } from '../../../io/csv/NumericColumn.js';
/** Resolve a plan's column names into slots and numeric-column indices (each column read once). */
export function csvLayout(plan) {
    const names = [];
    const slotOf = (name) => {
        if (name === undefined)
            return -1;
        const index = names.indexOf(name);
        return index >= 0 ? index : names.push(name) - 1;
    };
    const numericNames = [];
    const numericOf = (name) => {
        if (name === undefined)
            return -1;
        const index = numericNames.indexOf(name);
        return index >= 0 ? index : numericNames.push(name) - 1;
    };
    const variant = slotOf(plan.variantColumn);
    const unit = slotOf(plan.unitColumn);
    const cluster = slotOf(plan.clusterColumn);
    const segment = slotOf(plan.segmentColumn);
    const metrics = plan.metrics;
    const column = (pick) => Int32Array.from(metrics, (_, m) => numericOf(pick(m)));
    const metricColumns = {
        value: column((m) => metrics[m].value),
        covariate: column((m) => metrics[m].covariate),
        denominator: column((m) => metrics[m].denominator),
        preNumerator: column((m) => metrics[m].ratioCovariate?.numerator),
        preDenominator: column((m) => metrics[m].ratioCovariate?.denominator),
        caps: new Float64Array(metrics.length).fill(Infinity),
    };
    const numeric = Int32Array.from(numericNames, (name) => slotOf(name));
    return { names, slots: { variant, unit, cluster, segment, numeric }, numericNames, metricColumns };
}
/** Fresh readers for the numeric columns (one set per pass: missing counts belong to the pass). */
export function numericColumns(file, layout) {
    return layout.numericNames.map((name) => new NumericColumn(file, name));
}
//# sourceMappingURL=csvLayout.js.map