import { VIEWER_VARIABLES } from '../schema/metrics.js';

/** Number of per-viewer variables (including the constant `one`). */
export const VARIABLES = VIEWER_VARIABLES.length;
/** Sums kept per group: Σ vᵢ·vⱼ for i ≤ j (with v₀ = 1, so Σ1·1 = n and Σ1·vᵢ = Σvᵢ). */
export const SUMS_PER_GROUP = (VARIABLES * (VARIABLES + 1)) / 2;

/** Position of Σ vᵢ·vⱼ in a group's block of sums (symmetric: i and j in any order). */
export function sumIndex(i: number, j: number): number {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return a * VARIABLES - (a * (a - 1)) / 2 + (b - a);
}

/** Index of a variable by name. */
export function variableIndex(name: (typeof VIEWER_VARIABLES)[number]): number {
  return VIEWER_VARIABLES.indexOf(name);
}

/**
 * Sufficient statistics of every per-viewer variable, per group (an arm, or a time block): the
 * full matrix of sums of products, so that any metric — a mean, a proportion, a ratio of two
 * variables, with or without a CUPED covariate — and any cluster total can be formed afterwards
 * without keeping a single viewer. Addable across sessions; O(VARIABLES²) per viewer.
 */
export class ViewerSums {
  readonly data: Float64Array;

  constructor(readonly groups: number) {
    this.data = new Float64Array(groups * SUMS_PER_GROUP);
  }

  /** Add one viewer; `values[0]` must be 1 (the constant), the rest in VIEWER_VARIABLES order. */
  add(group: number, values: ArrayLike<number>): void {
    const data = this.data;
    let k = group * SUMS_PER_GROUP;
    for (let i = 0; i < VARIABLES; i++) {
      const vi = values[i];
      for (let j = i; j < VARIABLES; j++) data[k++] += vi * values[j];
    }
  }

  /** The sums of one group as a plain array (structured-clone and JSON friendly). */
  group(group: number): number[] {
    return Array.from(this.data.subarray(group * SUMS_PER_GROUP, (group + 1) * SUMS_PER_GROUP));
  }
}

/** Element-wise sum of groups' sums (e.g. one arm over several sessions). */
export function addSums(parts: readonly (readonly number[])[]): number[] {
  const total = new Array<number>(SUMS_PER_GROUP).fill(0);
  for (const part of parts) for (let k = 0; k < SUMS_PER_GROUP; k++) total[k] += part[k];
  return total;
}
