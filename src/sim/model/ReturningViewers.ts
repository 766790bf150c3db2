/**
 * Followers of an earlier session who come back to this one (multi-session seasons,
 * docs/bandit-and-power.md § Seasons): one column per carried attribute, sorted by arrival time,
 * structured-cloneable. The model admits each at its arrival time, as a follower answering the
 * notification, with this state instead of a newly drawn profile; only the patience (watch time)
 * and the viewer's private random streams are new (streams `returning.stay`, `returning.keys`).
 */
export interface ReturningViewers {
  readonly count: number;
  /** Seconds since the start, ascending; arrivals at or after the end of the session are dropped. */
  readonly arrival: Float64Array;
  readonly segment: Int32Array;
  readonly tag: Int16Array;
  readonly ageBand: Int16Array;
  readonly gender: Int16Array;
  readonly region: Int16Array;
  /** Interest I₀ the viewer arrives with, in (0, 1). */
  readonly baseInterest: Float64Array;
  /** The viewer's willingness-to-pay scale e^(sigma·Z) (ViewerTable.willingnessToPay). */
  readonly willingnessToPay: Float64Array;
  readonly propensity: Float64Array;
  /** Added to the segment's trust in the host in the purchase odds: purchase.trust · (trust + shift − 0.5). */
  readonly trustShift: Float64Array;
  /** Products already owned (bit i = product i): not bought again. */
  readonly bought: Uint32Array;
}
