import { liveliftVersion } from '../io/liveliftVersion.js';
import type { FitRecord, FitResultData } from '../results/fitResult.js';

/**
 * The result of `livelift fit` (fit.json and result.json of `--report`): the fitted scenario's
 * `fit` block with the result envelope, whose schema (src/results/fitResult.ts) the command flow
 * checks before anything is written.
 */
export function fitResult(record: FitRecord): FitResultData {
  return { kind: 'fit', version: liveliftVersion(), ...record };
}
