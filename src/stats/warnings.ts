/**
 * Every warning code the stats engine can return, with its message, in one place.
 * Codes are a public contract (they appear in `--json` output); add, never rename.
 */
export const WARNINGS = {
  EMPTY_ARM: 'an arm has no units; nothing can be estimated for it',
  ZERO_VARIANCE:
    'both arms have zero variance: with no spread there is no basis for an interval or a p-value, so the comparison is uninformative (conversions keep their score interval, which never has zero width)',
  NON_POSITIVE_CONTROL_MEAN:
    'the control mean is zero or negative, so a relative lift is undefined; only the absolute lift is reported',
  TOO_FEW_UNITS: 'an arm has fewer than 2 units, so its variance cannot be estimated; the comparison is uninformative',
  FEW_CONVERSIONS:
    'an arm has fewer than 5 conversions or non-conversions; the normal approximation of the z-test may be poor',
  EXACT_RECOMMENDED:
    "an expected cell count of the 2×2 table (conversions and non-conversions per arm under no difference) is below 5, where the z-test can mislead; rerun with --exact for Fisher's exact test",
  EXACT_UNCONDITIONAL_TOO_LARGE:
    "the arms hold more units than the exact unconditional tests are run on (EXACT_UNCONDITIONAL_MAX_UNITS, 5,000 in both arms together, where one comparison takes seconds); Fisher's exact test decided instead",
  ZERO_DENOMINATOR: 'the denominator of a ratio metric sums to zero in an arm, so the ratio is undefined',
  FIELLER_UNBOUNDED:
    "the control mean is not significantly different from zero, so Fieller's interval for the relative lift is the whole real line",
  FIELLER_DISJOINT:
    "the control mean is not significantly different from zero, so Fieller's set for the relative lift is two disjoint rays; reported as (-Infinity, Infinity), which does not invert the test (judge by the absolute difference)",
  COVARIATE_ZERO_VARIANCE: 'the CUPED covariate has zero variance within arms; no adjustment is made (theta = 0)',
  NON_FINITE_STATISTICS:
    'means or variances overflow or underflow double precision (values near 1e±300); nothing can be estimated',
  NON_POSITIVE_CONTROL_QUANTILE:
    'the control quantile (or one of its bootstrap resamples) is zero or negative, so a relative difference is undefined; only the absolute difference is reported',
  TOO_FEW_CLUSTERS:
    'an arm has fewer than 2 clusters, so the cluster-robust variance cannot be estimated; the comparison is uninformative',
  FEW_CLUSTERS:
    'an arm has fewer than 30 clusters; cluster-robust standard errors are biased downward there, so intervals may be too narrow',
  NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE:
    'rows in the same cluster are correlated: a row-level analysis would understate the standard error and overstate significance; report the cluster-level result',
  // Data quality of `livelift analyze` input (src/analysis).
  SAMPLE_RATIO_MISMATCH:
    'the units per variant differ from the configured split (sample ratio mismatch); assignment or logging is broken, so distrust every result',
  DUPLICATE_UNITS: 'some units have more than one row; each row is analyzed as one observation',
  MULTI_VARIANT_UNITS: 'some units have rows in more than one variant',
  MISSING_VALUES: 'some metric cells are missing; each such row is left out of the metrics that use the cell (a missing --covariate value of a mean or proportion keeps the row, with a missing indicator)',
  ROWS_WITHOUT_VARIANT: 'some rows have an empty variant and were dropped',
  UNKNOWN_VARIANTS: 'some rows belong to variants not named in --weights and were dropped',
  CLUSTER_IN_SEVERAL_VARIANTS:
    'some clusters have rows in more than one variant; each cluster keeps the variant of its first row and its other rows are dropped',
  VALUES_CAPPED: 'values above the cap were lowered to it (winsorized)',
  CUPED_CLASSICAL_VARIANCE:
    'the summary gives covariate sums without their third- and fourth-order moments (covariateMoments), so CUPED uses the classical variance (theta pooled and treated as known, docs/statistics.md §3.5) rather than the HC1 regression estimator a CSV gets; its standard error can differ by O(1/n)',
} as const;

export type WarningCode = keyof typeof WARNINGS;

export function warning(code: WarningCode, detail?: string): { code: WarningCode; message: string } {
  return { code, message: detail ? `${WARNINGS[code]} (${detail})` : WARNINGS[code] };
}
