/**
 * Largest inputs a scenario may ask for, tied to what one replicate costs. Measured on this
 * project's 2-core machine (`simulate` of ebook-night.json changed to 20,000 arrivals a minute for
 * 10 minutes, one replicate, /usr/bin/time): 202,101 viewers in 13.9 s with 114 MB peak memory,
 * i.e. about 15,000 viewers a second, memory growing with the viewers present at once.
 * Documented in docs/scenario.md, "Limits".
 */
export const SCENARIO_LIMITS = {
  /** Organic arrivals per minute (constant rate, sine peak or any curve point): ~0.6 GB present at once. */
  arrivalsPerMinute: 100_000,
  /** Followers notified when the session starts. */
  followers: 10_000_000,
  /** Extra viewers paid promotion can bring. */
  viewersAtSaturation: 10_000_000,
  /** Expected viewers of one session, all sources: about 11 minutes of one core per replicate. */
  viewersPerSession: 10_000_000,
} as const;
