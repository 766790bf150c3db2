/** Normalised [control, treatment] shares. */
export function normalisedSplit(design) {
    const [c, t] = design.split;
    return [c / (c + t), t / (c + t)];
}
/**
 * The absolute effect δ (treatment − control) of an `Effect`. Its sign follows the alternative:
 * 'greater' → +|value|, 'less' → −|value|, 'two' → as given.
 */
export function absoluteEffect(design, effect) {
    const raw = effect.relative ? design.baseline * effect.value : effect.value;
    if (design.sides === 'greater')
        return Math.abs(raw);
    if (design.sides === 'less')
        return -Math.abs(raw);
    return raw;
}
/** Programmer-error checks (the CLI validates user input with clear messages first). */
export function validateDesign(design) {
    if (!(design.alpha > 0 && design.alpha < 1))
        throw new RangeError(`alpha ${design.alpha} must be in (0, 1)`);
    if (design.kind === 'proportion' && !(design.baseline > 0 && design.baseline < 1)) {
        throw new RangeError(`baseline rate ${design.baseline} must be in (0, 1)`);
    }
    if (design.kind === 'mean' && !(design.sd !== undefined && design.sd > 0 && Number.isFinite(design.sd))) {
        throw new RangeError(`a mean metric needs a positive sd, got ${design.sd}`);
    }
    if (!Number.isFinite(design.baseline))
        throw new RangeError(`baseline ${design.baseline} must be finite`);
    if (design.split.length !== 2 || !design.split.every((share) => share > 0 && Number.isFinite(share))) {
        throw new RangeError(`split ${design.split.join(',')} must be two positive shares`);
    }
}
//# sourceMappingURL=powerDesign.js.map