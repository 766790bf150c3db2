import type { MetricName } from '../schema/metrics.js';
import type { RawReplicate } from '../world/ExperimentPayload.js';
import { compareGroups } from './compareGroups.js';
import type { Contrast } from './contrasts.js';
import type { ReplicateContext } from './ReplicateContext.js';
import { groupCells } from './groupStats.js';
import { sumIndex } from '../world/ViewerSums.js';

/**
 * Peek after every session of the replicate with the always-valid test (`compareVariant` with
 * `sequential`): the first look (0-based) at which its p-value falls below alpha, or null. The
 * confidence sequence is tuned at the size of the whole test (viewers, or clusters for the
 * cluster units) unless the settings give a tuning size.
 */
export function sequentialLook(raw: RawReplicate, contrast: Contrast, metric: MetricName, context: ReplicateContext): number | null {
  const tuning = context.settings.sequential.tuning ?? finalSize(raw, contrast, context.analysis.clustered);
  const options = { ...context.analysis.options, sequential: true, tuning: Math.max(1, Math.round(tuning)) };
  for (let look = 0; look < raw.sessions; look++) {
    const draft = compareGroups(raw.cells, contrast.control, contrast.treatment, metric, { ...context.analysis, options }, look);
    const effect = draft.decisionEffects.absolute;
    if (Number.isFinite(effect.se) && effect.pValue < context.settings.alpha) return look;
  }
  return null;
}

function finalSize(raw: RawReplicate, contrast: Contrast, clustered: boolean): number {
  const cells = [...groupCells(raw.cells, contrast.control), ...groupCells(raw.cells, contrast.treatment)];
  return clustered ? cells.length : cells.reduce((total, cell) => total + cell.sums[sumIndex(0, 0)], 0);
}
