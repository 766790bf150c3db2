/**
 * Welch–Satterthwaite degrees of freedom for a difference of two independent means:
 * ν = (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1)), vᵢ = sᵢ²/nᵢ the variance of each mean
 * (Welch 1947, Biometrika 34:28–35; as scipy `ttest_ind(equal_var=False)`). Computed from the
 * share r = v₁/(v₁ + v₂) as 1 / (r²/(n₁ − 1) + (1 − r)²/(n₂ − 1)), which cannot overflow or
 * underflow for tiny or huge variances. O(1).
 *
 * Both variances zero: the statistic is undefined; returns Infinity (callers handle se = 0).
 *
 * @example welchDegreesOfFreedom(0.1, 10, 0.1, 10) // 18
 */
export function welchDegreesOfFreedom(varianceOfMean1, n1, varianceOfMean2, n2) {
    const total = varianceOfMean1 + varianceOfMean2;
    if (!(total > 0))
        return Infinity;
    const share = varianceOfMean1 / total;
    return 1 / ((share * share) / (n1 - 1) + ((1 - share) * (1 - share)) / (n2 - 1));
}
//# sourceMappingURL=welchDegreesOfFreedom.js.map