import type { CsvRow } from '../../io/csv/CsvRow.js';
import { HashedKeyTable } from '../../io/csv/HashedKeyTable.js';
import { addStats, EMPTY_STATS, type MetricStats } from '../../stats/sufficientStats.js';
import { EMPTY_CLUSTER_ARM, addCluster, type ClusterArmStats } from '../../stats/cluster/index.js';
import { covariateCount, regressionRowProducts, regressionSumsFor, type MetricColumns } from './metricSums.js';
import { addRegressionUnit, regressionDimension, regressionSumsLength, type RegressionSums } from '../../stats/regression/regressionSums.js';

const CLUSTER_STRIDE = 3;

/**
 * Per-cluster totals for `--cluster COL`, one entry per cluster × segment (the overall analysis
 * is segment -1). For each metric a cluster keeps (rows, Σx, Σx²), or (Σd, Σx, ·) for a ratio
 * metric, so the cluster-level analysis can treat each cluster as one observation.
 *
 * A cluster belongs to the variant of its first row; rows of the cluster in another variant are
 * not added to it and are counted in {@link rowsOutsideClusterVariant}. Memory per cluster: 14–28
 * bytes of hash table, 8 bytes of variant and segment, 24 bytes per metric (doubling arrays).
 */
export class ClusterAccumulator {
  rowsOutsideClusterVariant = 0;
  clustersInSeveralVariants = 0;
  private readonly table = new HashedKeyTable(1 << 12);
  private variant = new Int32Array(1 << 10);
  private segment = new Int32Array(1 << 10);
  private flagged = new Uint8Array(1 << 10);
  private sums: Float64Array;
  /** Per cluster, c(Q_g) of each metric with covariates (its X'X and X'y), at `regressionOffsets`. */
  private regression: Float64Array;
  private readonly regressionOffsets: Int32Array;
  private readonly regressionStride: number;

  constructor(
    private readonly columns: MetricColumns,
    private readonly metrics = columns.value.length,
  ) {
    this.sums = new Float64Array(this.variant.length * metrics * CLUSTER_STRIDE);
    this.regressionOffsets = new Int32Array(metrics).fill(-1);
    let stride = 0;
    columns.regression.columns.forEach((covariates, m) => {
      if (covariates.length === 0) return;
      this.regressionOffsets[m] = stride;
      stride += this.upperLength(m);
    });
    this.regressionStride = stride;
    this.regression = new Float64Array(this.variant.length * stride);
  }

  /** Add a row's values to its cluster within `segment` (-1: overall). */
  add(row: CsvRow, slot: number, variant: number, segment: number, values: Float64Array): void {
    const id = this.table.idOf(row.buf, row.starts[slot], row.ends[slot], segment + 1);
    if (this.table.inserted) {
      if (id >= this.variant.length) this.grow();
      this.variant[id] = variant;
      this.segment[id] = segment;
    } else if (this.variant[id] !== variant) {
      this.rowsOutsideClusterVariant++;
      if (this.flagged[id] === 0 && segment < 0) this.clustersInSeveralVariants++;
      this.flagged[id] = 1;
      return;
    }
    const { value, denominator, caps } = this.columns;
    const base = id * this.metrics * CLUSTER_STRIDE;
    for (let m = 0; m < this.metrics; m++) {
      const x = Math.min(values[value[m]], caps[m]);
      const d = denominator[m] >= 0 ? values[denominator[m]] : 1;
      if (x !== x || d !== d) continue;
      const o = base + m * CLUSTER_STRIDE;
      this.sums[o] += d;
      this.sums[o + 1] += x;
      this.sums[o + 2] += x * x;
      const r = this.regressionOffsets[m];
      if (r >= 0) {
        const s = regressionRowProducts(x - this.columns.shifts[m], values, m, this.columns);
        const upper = this.columns.regression.upper;
        const at = id * this.regressionStride + r;
        for (let k = 0; k < s; k++) this.regression[at + k] += upper[k];
      }
    }
  }

  /**
   * Cluster-level regression sums per segment (-1 first) × variant × metric (undefined for a
   * metric without covariates): each cluster is one unit, its c(Q_g) squared into `fourth`, so
   * CUPED's sandwich is cluster-robust (CR1).
   */
  regressionSums(segments: number, variants: number): (RegressionSums | undefined)[][][] {
    const flats = Array.from({ length: segments + 1 }, () =>
      Array.from({ length: variants }, () =>
        Array.from({ length: this.metrics }, (_, m) => (this.regressionOffsets[m] >= 0 ? new Float64Array(regressionSumsLength(this.covariates(m), this.isRatio(m))) : undefined)),
      ),
    );
    for (let id = 0; id < this.table.size; id++) {
      const arms = flats[this.segment[id] + 1][this.variant[id]];
      for (let m = 0; m < this.metrics; m++) {
        const flat = arms[m];
        if (flat === undefined) continue;
        const at = id * this.regressionStride + this.regressionOffsets[m];
        const upper = this.regression.subarray(at, at + this.upperLength(m));
        if (upper[0] === 0) continue;
        addRegressionUnit(flat, 0, upper, upper.length);
      }
    }
    return flats.map((bySegment) => bySegment.map((arms) => arms.map((flat, m) => (flat === undefined ? undefined : regressionSumsFor(flat, 0, m, this.columns, true)))));
  }

  private covariates(m: number): number {
    return covariateCount(this.columns.regression.columns[m], this.columns.regression.ratio[m]);
  }

  private isRatio(m: number): boolean {
    return this.columns.regression.ratio[m] === 1;
  }

  private upperLength(m: number): number {
    const d = regressionDimension(this.covariates(m), this.isRatio(m));
    return (d * (d + 1)) / 2;
  }

  /**
   * Cluster-level statistics per segment (-1 first) × variant × metric: `ClusterArmStats` whose
   * `clusters` are (K, ΣS_c, ΣS_c², {Σn_c, Σn_c², ΣS_c n_c}); for a ratio metric n_c is the
   * cluster's Σd, and `rows` is left empty (the row-level statistics live in the cells).
   */
  armStats(segments: number, variants: number): ClusterArmStats[][][] {
    const result = Array.from({ length: segments + 1 }, () =>
      Array.from({ length: variants }, () => Array.from({ length: this.metrics }, () => EMPTY_CLUSTER_ARM)),
    );
    for (let id = 0; id < this.table.size; id++) {
      const arms = result[this.segment[id] + 1][this.variant[id]];
      for (let m = 0; m < this.metrics; m++) {
        const o = (id * this.metrics + m) * CLUSTER_STRIDE;
        if (this.sums[o] === 0 && this.sums[o + 1] === 0) continue;
        const size = this.sums[o];
        if (this.columns.denominator[m] >= 0) arms[m] = { clusters: addStats(arms[m].clusters, ratioCluster(size, this.sums[o + 1])), rows: EMPTY_STATS };
        else arms[m] = addCluster(arms[m], { n: size, sum: this.sums[o + 1], sumSquares: this.sums[o + 2] });
      }
    }
    return result;
  }

  /** Distinct clusters (over all segments). */
  get count(): number {
    let count = 0;
    for (let id = 0; id < this.table.size; id++) if (this.segment[id] < 0) count++;
    return count;
  }

  /** Clusters per [segment + 1][variant]. */
  clusterCounts(segments: number, variants: number): number[][] {
    const counts = Array.from({ length: segments + 1 }, () => new Array<number>(variants).fill(0));
    for (let id = 0; id < this.table.size; id++) counts[this.segment[id] + 1][this.variant[id]]++;
    return counts;
  }

  /** Bytes held for cluster ids and totals. */
  get memoryBytes(): number {
    return this.table.memoryBytes + this.sums.byteLength + this.regression.byteLength + this.variant.byteLength * 2 + this.flagged.byteLength;
  }

  private grow(): void {
    const capacity = this.variant.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T, length: number): T => {
      const bigger = new (array.constructor as new (length: number) => T)(length);
      bigger.set(array);
      return bigger;
    };
    this.variant = grown(this.variant, capacity);
    this.segment = grown(this.segment, capacity);
    this.flagged = grown(this.flagged, capacity);
    this.sums = grown(this.sums, capacity * this.metrics * CLUSTER_STRIDE);
    this.regression = grown(this.regression, capacity * this.regressionStride);
  }
}

function ratioCluster(denominator: number, numerator: number): MetricStats {
  return {
    n: 1,
    sum: numerator,
    sumSquares: numerator * numerator,
    denominator: { sum: denominator, sumSquares: denominator * denominator, sumProduct: numerator * denominator },
  };
}
