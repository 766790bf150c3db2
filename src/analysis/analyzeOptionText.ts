/**
 * What every `livelift analyze` option means, with its default: the one text both the yargs
 * help (src/cli/commands/analyze.ts, which must not load zod at start-up) and the zod schema's
 * `.describe()` (AnalyzeOptionsSchema) show. docs/analyze.md expands on each.
 */
export const ANALYZE_OPTION_TEXT = {
  file: 'Per-unit CSV export: one row per unit (or per cluster row), a header row naming the columns',
  summary: 'Per-arm sufficient statistics instead of rows: JSON (see docs/analyze.md) or the same fields as CSV columns',
  variant: 'Column holding the variant (arm) of each row; required for a CSV',
  metric: 'Metric column, repeatable; 0/1, true/false or yes/no values make a conversion (proportion), other numbers a mean',
  control: 'Control variant; default: a summary file\'s "control", else the first name in --weights NAME=…, else a variant called "control" (any case), else the first name in sorted order',
  unit: 'Randomization-unit id column: finds duplicate units and units seen in several variants (16–32 bytes of memory per distinct unit)',
  cluster: 'Cluster id column (session, store, day) when randomization is coarser than a row: cluster-robust analysis',
  covariate: 'CUPED covariates, repeatable: METRIC=COL[,COL…] (pre-period values of a mean or proportion; rows missing one keep the metric, with a missing indicator), or RATIO=NUM/DEN[,NUM/DEN…] for a ratio metric (pre-period numerator/denominator pairs, likewise)',
  ratio: 'Ratio metric, repeatable: NAME=NUMCOL/DENCOL, e.g. aov=revenue/orders (delta method)',
  segment: 'Column to slice by: the whole analysis again per value; corrections then span variants × metrics × segments',
  weights: 'Planned split for the SRM test: shares in variant order (control first, then sorted names), e.g. 50,50; or named, e.g. A=50,B=50 (rows of other variants are dropped). Default: equal',
  alpha: 'Significance level; intervals have level 1 − alpha. Default 0.05',
  sides: 'Alternative: two (default), greater (variant above control) or less',
  relativeCi: "Interval of the relative lift: fieller (default; inverts the decision test: Fieller's interval for means and ratios, the score interval of the ratio for conversions) or delta (delta method; does not invert the test, labelled so)",
  scoreMethod: 'Score test and intervals for conversions: farrington-manning (default; at the null it is the pooled z-test) or miettinen-nurminen (variances times N/(N − 1), p-value included)',
  exact: "Conversions: decide by Fisher's exact test (two-sided by the probability-≤-observed rule) with the conditional exact odds-ratio interval that inverts it; the score intervals of the difference and ratio stay shown, labelled as not inverting it. Not with --sequential or --cluster; CUPED-adjusted conversions keep the score test",
  sequential: 'Add always-valid (peeking-safe) intervals and p-values: asymptotic confidence sequences',
  tuning: 'Sample size (both arms) at which the confidence sequence is tightest. Default 5000',
  bayesian: 'Add a Bayesian summary: chance to beat control, expected losses, credible interval (Gaussian on the relative lift; exact Beta-Binomial chance for conversions)',
  priorMean: 'Mean of the normal prior on the relative lift (with --bayesian). Default: flat prior',
  priorVariance: 'Variance of the normal prior on the relative lift (with --bayesian), e.g. 0.09 for a 30% sd',
  correction: 'Multiple-comparison correction across variants × metrics (× segments): none (default), bonferroni, holm or bh',
  cap: 'Winsorize mean and ratio metrics from above: pNN for the NNth percentile of the pooled values (e.g. p99), or an absolute VALUE',
  multiVariant: 'Units (--unit) seen in several variants: report (default; keep all rows), exclude (drop all their rows), first (keep the rows of their first variant in file order)',
  json: 'Print the result as one JSON object (the public contract in docs/analyze.md) instead of tables',
  out: 'Also write a report folder: report.html, charts/, tables/*.csv and data/*.csv (numbers at full precision; rounding only in report.html and the terminal), result.json. Must be new, empty or written by livelift',
  nonInferiority:
    "Non-inferiority margin: 2% (relative lift), 1pp (absolute, percentage points of a conversion rate) or 0.5 (absolute, metric units). H0: the variant is worse by the margin or more (higher is better; with --sides less, lower is better); one-sided test at alpha with the 1 − 2·alpha interval that inverts it",
  equivalence: 'Equivalence margin, same syntax as --non-inferiority: two one-sided tests (TOST) that the lift lies within ± the margin; p is the larger of the two, the interval has level 1 − 2·alpha',
  segmentCorrection: 'With --segment: correction of the per-segment p-values across the segments of each metric × variant, beside the heterogeneity test: holm (default), bonferroni, bh or none',
  date: 'Day or timestamp column (YYYY-MM-DD or ISO 8601): adds the cumulative lift by day, fixed-horizon and always-valid intervals side by side, and the sample ratio by day (per-day sums only; not with --cluster)',
  currency: 'Currency of money metrics, an ISO 4217 code or a symbol (CNY, USD, ¥): shown with their means and differences in the terminal, the JSON (metric unit) and the report. Money metrics: those of --money, else every mean and ratio metric not in --minutes',
  money: 'Money metric, repeatable (with --currency); default: every mean and ratio metric',
  minutes: 'Metric measured in minutes (watch time), repeatable: shown with "min"',
  msprt: "Conversions: add the mixture sequential probability ratio test (mSPRT, Johari, Pekelis & Walsh 2022) beside the decision: always-valid p and interval of the difference in rates, two-sided, on raw counts; with --date at every day. Not with --cluster or one-sided --sides",
  exactTest: "The test of --exact: fisher (default; conditional, with the exact odds-ratio interval), boschloo (Boschloo's exact unconditional test, ordered by Fisher's p; the score intervals stay, labelled as not inverting it) or score (Chan–Zhang exact unconditional score test, whose exact intervals for the difference and the ratio invert it). The unconditional tests run up to 5,000 units in both arms together; above that Fisher's test decides, with a warning",
} as const;
