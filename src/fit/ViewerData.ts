/** How a stay ended, as in the `left_by` column. */
export const LEFT_BY = ['patience', 'purchase', 'session_end'] as const;
export const LEFT_PATIENCE = 0;
export const LEFT_PURCHASE = 1;
export const LEFT_END = 2;

/** One past session: which file, which `replicate` value, how many viewers. */
export interface SessionInfo {
  file: string;
  replicate: string;
  viewers: number;
}

/**
 * Per-viewer rows of one or more past sessions, as columns (typed arrays, one entry per viewer):
 * memory grows with the number of viewers and nothing else. Optional columns are null when the
 * file did not have them; the estimators that need them then hold their coefficients.
 */
export interface ViewerData {
  count: number;
  sessions: SessionInfo[];
  /** Index into `sessions`. */
  session: Int32Array;
  /** Index into SOURCES (organic when the file has no source column). */
  source: Int8Array;
  /** Index into the plan's audience segments. */
  segment: Int16Array;
  /** Seconds since the start. */
  arrival: Float64Array;
  departure: Float64Array;
  /** LEFT_PATIENCE, LEFT_PURCHASE or LEFT_END. */
  leftBy: Int8Array;
  /** chats, likes, votes, questions per viewer (4 per viewer), or null. */
  acts: Int32Array | null;
  clicked: Uint8Array | null;
  orders: Int32Array | null;
  revenue: Float64Array | null;
  /** Seconds since the start of the viewer's first purchase (NaN: did not buy), or null. */
  firstPurchase: Float64Array | null;
  /** Columns every file had (absent: unknown, e.g. data made in code); the source and segment estimators flag what is missing. */
  columns?: readonly string[];
}
