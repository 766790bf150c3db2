import type { MetricStats } from '../../stats/sufficientStats.js';
import { ratioRow, setRatioShifts } from '../../stats/regression/linearisedRatioSums.js';
import { addRegressionUnit, regressionDimension, regressionSumsLength, regressionSumsOf, rowCrossProducts, type RegressionSums } from '../../stats/regression/regressionSums.js';

/**
 * Layout of one metric's running sums in a `Float64Array` cell (one cell per segment × variant):
 * n, Σx, Σx²; covariate Σz, Σz², Σxz; denominator Σd, Σd², Σxd; ratio covariate Σx₀, Σx₀², Σx·x₀,
 * Σd₀, Σd₀², Σx·d₀, Σd·x₀, Σd·d₀, Σx₀·d₀ — the fields of {@link MetricStats}, in order.
 */
export const METRIC_STRIDE = 18;

/** Column indices (into the row's parsed values) feeding each sum; -1 when absent. */
export interface MetricColumns {
  readonly value: Int32Array;
  readonly covariate: Int32Array;
  readonly denominator: Int32Array;
  readonly preNumerator: Int32Array;
  readonly preDenominator: Int32Array;
  /** Upper cap per metric (Infinity: none). */
  readonly caps: Float64Array;
  /**
   * Shift K per metric value and per covariate (NaN until the column's first value, which
   * becomes K; 0 for a ratio's numerator, never shifted): sums are of x − K, so 1e12 ± 100 keeps
   * its variance (MetricStats.shift). Kept across passes, so every pass sums around the same K.
   */
  readonly shifts: Float64Array;
  readonly covariateShifts: Float64Array;
  /** Regression-adjustment sums of the metrics with covariates (see {@link RegressionLayout}). */
  readonly regression: RegressionLayout;
}

/**
 * Where each metric with covariates keeps its `RegressionSums` in a cell (after the
 * METRIC_STRIDE blocks), and its covariate columns and their shifts. A missing covariate value is
 * the column's shift (0 after shifting) with its missing indicator set, so the row stays in the
 * metric. The first covariate's shift is `covariateShifts[m]`. A ratio metric keeps raw sums of
 * v = (1, x, d, x₀…, d₀…, m…) (`RegressionSums.ratio`; a pre-period pair with either part
 * missing is missing), unshifted.
 */
export interface RegressionLayout {
  /** Per metric, the numeric columns of its covariates (empty: none); a ratio's as pairs NUM, DEN. */
  readonly columns: readonly Int32Array[];
  /** Per metric, 1 for a ratio metric (its columns are pre-period pairs). */
  readonly ratio: Uint8Array;
  /** Per metric, the offset of its sums in a cell (-1: none). */
  readonly offsets: Int32Array;
  /** Per metric, the shift of each covariate after the first (NaN until its first value); a ratio's as `RegressionSums.shifts`. */
  readonly shifts: readonly Float64Array[];
  /** Length of a cell's sums (the METRIC_STRIDE blocks and the regression sums). */
  readonly cellLength: number;
  /** Scratch: one row's v and the upper triangle of vvᵀ. */
  readonly v: Float64Array;
  readonly upper: Float64Array;
}

/** The regression layout of metrics with the given covariate columns (`ratio[m]`: pairs of a ratio metric). */
export function regressionLayout(columns: readonly Int32Array[], ratio: Uint8Array = new Uint8Array(columns.length)): RegressionLayout {
  const offsets = new Int32Array(columns.length).fill(-1);
  let length = METRIC_STRIDE * columns.length;
  let d = 0;
  columns.forEach((covariates, m) => {
    if (covariates.length === 0) return;
    offsets[m] = length;
    const q = covariateCount(covariates, ratio[m]);
    length += regressionSumsLength(q, ratio[m] === 1);
    d = Math.max(d, regressionDimension(q, ratio[m] === 1));
  });
  // A ratio's shifts: K_R, K_d, then K_R0ⱼ and K_d0ⱼ of each pair (RegressionSums.shifts).
  return { columns, ratio, offsets, shifts: columns.map((covariates, m) => new Float64Array(covariates.length + 2 * ratio[m]).fill(NaN)), cellLength: length, v: new Float64Array(d), upper: new Float64Array((d * (d + 1)) / 2) };
}

/** q of a metric: its covariate columns, or a ratio's pre-period pairs. */
export function covariateCount(covariates: Int32Array, ratio: number): number {
  return ratio === 1 ? covariates.length / 2 : covariates.length;
}

/**
 * Add one row's parsed values to a cell: for each metric whose values are all present (a
 * missing value leaves the row out of that metric only), cap x and add to every sum it uses.
 * @returns nothing; `capped[m]` counts values lowered by the cap.
 */
export function addRowToCell(cell: Float64Array, values: Float64Array, columns: MetricColumns, capped: Float64Array): void {
  const metrics = columns.value.length;
  const shifts = columns.shifts;
  for (let m = 0; m < metrics; m++) {
    let x = values[columns.value[m]];
    const zc = columns.covariate[m];
    const dc = columns.denominator[m];
    const pc = columns.preNumerator[m];
    if ((zc & dc & pc) < 0 && x <= columns.caps[m]) {
      // The common case: a plain metric (no covariate, denominator or cap hit); NaN fails `<=`.
      let k = shifts[m];
      if (k !== k) k = shifts[m] = x;
      const o = m * METRIC_STRIDE;
      const y = x - k;
      cell[o] += 1;
      cell[o + 1] += y;
      cell[o + 2] += y * y;
      continue;
    }
    const z = zc >= 0 ? values[zc] : 0;
    const d = dc >= 0 ? values[dc] : 0;
    const x0 = pc >= 0 ? values[pc] : 0;
    const d0 = pc >= 0 ? values[columns.preDenominator[m]] : 0;
    const regression = columns.regression.offsets[m];
    // A missing covariate of a mean or proportion keeps the row (regression sums: indicator).
    if (x !== x || (z !== z && regression < 0) || d !== d || x0 !== x0 || d0 !== d0) continue;
    if (x > columns.caps[m]) {
      x = columns.caps[m];
      capped[m]++;
    }
    if (shifts[m] !== shifts[m]) shifts[m] = x;
    x -= shifts[m];
    const o = m * METRIC_STRIDE;
    cell[o] += 1;
    cell[o + 1] += x;
    cell[o + 2] += x * x;
    if (zc >= 0) {
      if (columns.covariateShifts[m] !== columns.covariateShifts[m] && z === z) columns.covariateShifts[m] = z;
      const w = z === z ? z - columns.covariateShifts[m] : 0;
      cell[o + 3] += w;
      cell[o + 4] += w * w;
      cell[o + 5] += x * w;
    }
    if (dc >= 0) {
      cell[o + 6] += d;
      cell[o + 7] += d * d;
      cell[o + 8] += x * d;
    }
    if (pc >= 0) addRatioCovariate(cell, o, x, d, x0, d0);
    if (regression >= 0) addRegressionRow(cell, regression, x, values, m, columns);
  }
}

/** Add v = (1, x, w̃…, missing…) of one row to the metric's regression sums (x already shifted). */
function addRegressionRow(cell: Float64Array, offset: number, x: number, values: Float64Array, m: number, columns: MetricColumns): void {
  addRegressionUnit(cell, offset, columns.regression.upper, regressionRowProducts(x, values, m, columns));
}

/**
 * One row's c(vvᵀ), v = (1, x, w̃…, missing…) (a ratio metric: (1, x, d, x₀…, d₀…, missing…)), into `columns.regression.upper` for metric m (x
 * capped and shifted; a missing covariate is 0 after shifting, with its indicator 1).
 * @returns s, the number of entries written.
 */
export function regressionRowProducts(x: number, values: Float64Array, m: number, columns: MetricColumns): number {
  const { v, upper } = columns.regression;
  const covariates = columns.regression.columns[m];
  if (columns.regression.ratio[m] === 1) {
    const q = covariates.length / 2;
    const d = values[columns.denominator[m]];
    const numerator = (j: number) => values[covariates[2 * j]];
    const denominator = (j: number) => values[covariates[2 * j + 1]];
    const shifts = columns.regression.shifts[m];
    setRatioShifts(shifts, x, d, numerator, denominator, q);
    ratioRow(v, x, d, numerator, denominator, q, shifts);
    const dimension = regressionDimension(q, true);
    rowCrossProducts(v, dimension, upper);
    return (dimension * (dimension + 1)) / 2;
  }
  const shifts = columns.regression.shifts[m];
  const q = covariates.length;
  v[0] = 1;
  v[1] = x;
  for (let j = 0; j < q; j++) {
    const z = values[covariates[j]];
    if (z !== z) {
      v[2 + j] = 0;
      v[2 + q + j] = 1;
      continue;
    }
    const shift = j === 0 ? columns.covariateShifts[m] : shifts[j] === shifts[j] ? shifts[j] : (shifts[j] = z);
    v[2 + j] = z - shift;
    v[2 + q + j] = 0;
  }
  const d = regressionDimension(q);
  rowCrossProducts(v, d, upper);
  return (d * (d + 1)) / 2;
}

function addRatioCovariate(cell: Float64Array, o: number, x: number, d: number, x0: number, d0: number): void {
  cell[o + 9] += x0;
  cell[o + 10] += x0 * x0;
  cell[o + 11] += x * x0;
  cell[o + 12] += d0;
  cell[o + 13] += d0 * d0;
  cell[o + 14] += x * d0;
  cell[o + 15] += d * x0;
  cell[o + 16] += d * d0;
  cell[o + 17] += x0 * d0;
}

/** The {@link MetricStats} of metric `m` in a cell (an absent cell is an empty arm). */
export function cellStats(cell: Float64Array | undefined, m: number, columns: MetricColumns): MetricStats {
  const c = cell ?? new Float64Array(columns.regression.cellLength);
  const regression = columns.regression.offsets[m];
  const o = m * METRIC_STRIDE;
  const paired = (i: number) => ({ sum: c[o + i], sumSquares: c[o + i + 1], sumProduct: c[o + i + 2] });
  const shift = columns.shifts[m];
  const covariateShift = columns.covariateShifts[m];
  return {
    n: c[o],
    sum: c[o + 1],
    sumSquares: c[o + 2],
    ...(shift === shift && shift !== 0 ? { shift } : {}),
    ...(columns.covariate[m] >= 0 ? { covariate: { ...paired(3), ...(covariateShift === covariateShift && covariateShift !== 0 ? { shift: covariateShift } : {}) } } : {}),
    ...(columns.denominator[m] >= 0 ? { denominator: paired(6) } : {}),
    ...(columns.preNumerator[m] >= 0
      ? {
          ratioCovariate: {
            numerator: paired(9),
            denominator: paired(12),
            sumDenominatorNumerator: c[o + 15],
            sumDenominatorDenominator: c[o + 16],
            sumNumeratorDenominator: c[o + 17],
          },
        }
      : {}),
    ...(regression >= 0 ? { regression: regressionSumsFor(c, regression, m, columns, false) } : {}),
  };
}

/**
 * The `RegressionSums` of metric m from a flat accumulator at `offset` (a ratio's with its shifts;
 * a shift never set, since no row had the values, is 0).
 */
export function regressionSumsFor(flat: ArrayLike<number>, offset: number, m: number, columns: MetricColumns, clustered: boolean): RegressionSums {
  const layout = columns.regression;
  const ratio = layout.ratio[m] === 1;
  const sums = regressionSumsOf(flat, offset, covariateCount(layout.columns[m], layout.ratio[m]), clustered, ratio);
  return ratio ? { ...sums, shifts: Array.from(layout.shifts[m], (shift) => (shift === shift ? shift : 0)) } : sums;
}
