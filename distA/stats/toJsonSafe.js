/**
 * JSON has no Infinity (JSON.stringify writes `null` silently); this makes the choice explicit:
 * a one-sided interval `[lo, Infinity]` is written `[lo, null]`, meaning "unbounded". Text output
 * prints the same ends as "-inf" / "inf".
 */
export function toJsonSafe(effect) {
    return {
        estimate: finiteOrNull(effect.estimate),
        se: finiteOrNull(effect.se),
        ci: [finiteOrNull(effect.ci[0]), finiteOrNull(effect.ci[1])],
        pValue: finiteOrNull(effect.pValue),
    };
}
export function finiteOrNull(value) {
    return Number.isFinite(value) ? value : null;
}
//# sourceMappingURL=toJsonSafe.js.map