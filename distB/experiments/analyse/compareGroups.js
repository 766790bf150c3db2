import { compareVariant } from '../../stats/analyze/compareVariant.js';
import { METRICS } from '../schema/metrics.js';
import { clusterStats, groupCells, pooledStats } from './groupStats.js';
/**
 * Compare two groups of arms on one metric with `livelift analyze`'s own per-metric comparison
 * (`compareVariant`): the simulated test is analysed exactly as its export would be —
 * Welch / z / delta ratio per viewer, CUPED when a covariate is set, cluster-robust (with the
 * naive per-viewer result beside it) when sessions or time blocks are the units, sequential and
 * Bayesian when asked.
 */
export function compareGroups(cells, control, treatment, metric, analysis, lastSession = Infinity) {
    const kind = METRICS[metric].kind;
    const controlCells = groupCells(cells, control, lastSession);
    const treatmentCells = groupCells(cells, treatment, lastSession);
    const withCovariate = analysis.cuped && kind !== 'ratio';
    const aggregated = {
        name: metric,
        kind,
        arms: [pooledStats(controlCells, metric, withCovariate), pooledStats(treatmentCells, metric, withCovariate)],
        ...(analysis.clustered ? { clusterArms: [clusterStats(controlCells, metric), clusterStats(treatmentCells, metric)] } : {}),
    };
    return compareVariant(aggregated, 0, 1, ['control', 'treatment'], analysis.options);
}
//# sourceMappingURL=compareGroups.js.map