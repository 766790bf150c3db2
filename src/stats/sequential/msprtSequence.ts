import type { MetricStats } from '../sufficientStats.js';
import { msprt, type MsprtOptions, type MsprtResult } from './msprt.js';

/** Cumulative statistics of both arms at one look. */
export interface Look {
  readonly control: MetricStats;
  readonly treatment: MetricStats;
}

/**
 * Run the mSPRT over a sequence of looks (cumulative statistics, in time order), carrying the
 * always-valid p-value forward so that it never increases. Returns one result per look and the
 * index of the first look that rejects (−1 if none).
 *
 * O(looks).
 */
export function msprtSequence(
  looks: readonly Look[],
  options: Omit<MsprtOptions, 'previousPValue'> = {},
): { results: MsprtResult[]; firstRejection: number } {
  const results: MsprtResult[] = [];
  let previousPValue = 1;
  for (const look of looks) {
    const result = msprt(look.control, look.treatment, { ...options, previousPValue });
    results.push(result);
    previousPValue = result.pValue;
  }
  return { results, firstRejection: results.findIndex((result) => result.decision === 'reject') };
}
