export const DEFAULT_ANALYSIS_OPTIONS = Object.freeze({
    alpha: 0.05,
    sides: 'two',
    relativeCi: 'delta',
});
//# sourceMappingURL=types.js.map