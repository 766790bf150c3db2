/**
 * Units in both arms together up to which `livelift analyze --exact-test boschloo|score` runs the
 * exact unconditional tests. Measured on one core (node dist, 2 arms of 2,000 units, 30% and 27%
 * conversions): Boschloo about 1.1 s per two-sided p, the exact score test with both of its intervals
 * about 6 s. Above this the cost grows about with (n_t + n_c)^1.5 per test; Fisher's test decides.
 */
export const EXACT_UNCONDITIONAL_MAX_UNITS = 5000;
