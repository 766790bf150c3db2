export function effectRecord(effect) {
    return { estimate: effect.estimate, se: effect.se, lo: effect.ci[0], hi: effect.ci[1], pValue: effect.pValue };
}
//# sourceMappingURL=ReplicateAnalysis.js.map