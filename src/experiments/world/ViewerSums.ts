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

/** Where a group's shifts K₀ … K_{V−1} start in its block (after the sums; K₀ = 0, the constant). */
export const SHIFT_OFFSET = SUMS_PER_GROUP;
/** The covariate: the last variable, paired with every other in the higher-order sums. */
const Z = VARIABLES - 1;
/** Third- and fourth-order sums per non-constant metric variable x (with z the covariate). */
const HIGHER = ['x3', 'x2z', 'xz2', 'x4', 'x3z', 'x2z2', 'xz3'] as const;
/** Exponents (of x, of z) of each HIGHER entry. */
const HIGHER_POWERS: readonly (readonly [number, number])[] = [[3, 0], [2, 1], [1, 2], [4, 0], [3, 1], [2, 2], [1, 3]];
/** Where the higher-order sums start: Σz³, Σz⁴, then HIGHER for variables 1 … V − 2. */
const HIGHER_OFFSET = SUMS_PER_GROUP + VARIABLES;
/** 1 when the group's higher-order sums were recorded (worlds with a CUPED covariate), else 0. */
const HIGHER_FLAG = HIGHER_OFFSET + 2 + HIGHER.length * (VARIABLES - 2);
/** Length of one group's block: the sums of products, one shift per variable, the higher-order sums and their flag. */
export const GROUP_LENGTH = HIGHER_FLAG + 1;

/**
 * Sufficient statistics of every per-viewer variable, per group (an arm, or a time block): the
 * full matrix of sums of products, so that any metric — a mean, a proportion, a ratio of two
 * variables, with or without a CUPED covariate — and any cluster total can be formed afterwards
 * without keeping a single viewer. Addable across sessions; O(VARIABLES²) per viewer.
 *
 * The sums are of shifted values, Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) with Kᵢ the group's first viewer's vᵢ (K₀ = 0
 * for the constant, so Σ1·1 = n and Σ1·(vᵢ − Kᵢ) is the shifted sum): the shifted-data algorithm
 * of Chan, Golub & LeVeque (1983), the same as the CSV pass (`MetricStats.shift`), so values
 * near 1e12 with a spread of 100 keep their variance. The shifts are stored after the sums.
 *
 * For regression adjustment with the HC1 sandwich (`regressionSumsFromMoments`) a group also keeps,
 * around the same shifts, Σz³, Σz⁴ of the covariate z and, for every other variable x, Σx³,
 * Σx²z, Σxz², Σx⁴, Σx³z, Σx²z², Σxz³ (`powerSums`) — only when built with `higher` (a world
 * with a CUPED covariate), since moving them between shifts is most of the cost of pooling.
 */
export class ViewerSums {
  readonly data: Float64Array;
  private readonly centred = new Float64Array(VARIABLES);

  constructor(
    readonly groups: number,
    readonly higher = true,
  ) {
    this.data = new Float64Array(groups * GROUP_LENGTH);
  }

  /** Add one viewer; `values[0]` must be 1 (the constant), the rest in VIEWER_VARIABLES order. */
  add(group: number, values: ArrayLike<number>): void {
    const data = this.data;
    const base = group * GROUP_LENGTH;
    const shifts = base + SHIFT_OFFSET;
    const v = this.centred;
    v[0] = values[0];
    if (data[base] === 0) for (let i = 1; i < VARIABLES; i++) data[shifts + i] = values[i];
    for (let i = 1; i < VARIABLES; i++) v[i] = values[i] - data[shifts + i];
    let k = base;
    for (let i = 0; i < VARIABLES; i++) {
      const vi = v[i];
      for (let j = i; j < VARIABLES; j++) data[k++] += vi * v[j];
    }
    if (!this.higher) return;
    data[base + HIGHER_FLAG] = 1;
    const z = v[Z];
    const z2 = z * z;
    k = base + HIGHER_OFFSET;
    data[k++] += z2 * z;
    data[k++] += z2 * z2;
    for (let i = 1; i < Z; i++) {
      const x = v[i];
      const x2 = x * x;
      data[k++] += x2 * x;
      data[k++] += x2 * z;
      data[k++] += x * z2;
      data[k++] += x2 * x2;
      data[k++] += x2 * x * z;
      data[k++] += x2 * z2;
      data[k++] += x * z2 * z;
    }
  }

  /** The sums and shifts of one group as a plain array (structured-clone and JSON friendly). */
  group(group: number): number[] {
    return Array.from(this.data.subarray(group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH));
  }
}

/**
 * Element-wise sum of groups' sums (e.g. one arm over several sessions), around the shifts of the
 * first non-empty part: each other part is moved there directly, with δᵢ = K_bᵢ − Kᵢ,
 *   Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) = S_ij + δᵢS_0j + δⱼS_0i + nδᵢδⱼ
 * (S the part's shifted sums, S_0i = Σ(vᵢ − K_bᵢ)), and the higher-order sums by the binomial
 * expansion (`moveHigher`), never through raw sums.
 */
export function addSums(parts: readonly (readonly number[])[]): number[] {
  const first = parts.find((part) => part[0] > 0);
  const total = new Array<number>(GROUP_LENGTH).fill(0);
  if (first) {
    for (let i = 1; i < VARIABLES; i++) total[SHIFT_OFFSET + i] = first[SHIFT_OFFSET + i];
    total[HIGHER_FLAG] = first[HIGHER_FLAG];
  }
  for (const part of parts) addPart(total, part);
  return total;
}

/** A group's sums moved to the shifts of `reference` (so that two arms share them). */
export function withShiftsOf(sums: readonly number[], reference: readonly number[]): number[] {
  if (!(reference[0] > 0)) return [...sums];
  const total = new Array<number>(GROUP_LENGTH).fill(0);
  for (let i = 1; i < VARIABLES; i++) total[SHIFT_OFFSET + i] = reference[SHIFT_OFFSET + i];
  total[HIGHER_FLAG] = sums[HIGHER_FLAG];
  addPart(total, sums);
  return total;
}

/** Scratch: the shift differences δᵢ of the part being added. */
const DELTA = new Float64Array(VARIABLES);

/** Add `part` to `total`, moving it to total's shifts. */
function addPart(total: number[], part: readonly number[]): void {
  if (!(part[0] > 0)) return;
  if (part[HIGHER_FLAG] !== 1 && total[HIGHER_FLAG] === 1) {
    // A part without higher-order sums makes the pooled ones unknown.
    total[HIGHER_FLAG] = 0;
    for (let k = HIGHER_OFFSET; k < HIGHER_FLAG; k++) total[k] = 0;
  }
  const higher = total[HIGHER_FLAG] === 1;
  const delta = DELTA;
  let moved = false;
  for (let i = 1; i < VARIABLES; i++) {
    delta[i] = part[0] > 0 ? part[SHIFT_OFFSET + i] - total[SHIFT_OFFSET + i] : 0;
    if (delta[i] !== 0) moved = true;
  }
  if (!moved) {
    for (let k = 0; k < SUMS_PER_GROUP; k++) total[k] += part[k];
    if (higher) for (let k = HIGHER_OFFSET; k < HIGHER_FLAG; k++) total[k] += part[k];
    return;
  }
  const n = part[0];
  let k = 0;
  for (let i = 0; i < VARIABLES; i++) {
    for (let j = i; j < VARIABLES; j++) {
      total[k] += part[k] + delta[i] * part[j] + delta[j] * part[i] + n * delta[i] * delta[j];
      k++;
    }
  }
  if (higher) moveHigher(total, part, delta);
}

/** C(a, i) for a, i ≤ 4, at 5a + i. */
const BINOMIAL = Float64Array.from([1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 2, 1, 0, 0, 1, 3, 3, 1, 0, 1, 4, 6, 4, 1]);
/** Exponents of x and of z of each HIGHER entry, as flat arrays. */
const HIGHER_A = Int32Array.from(HIGHER_POWERS, ([a]) => a);
const HIGHER_B = Int32Array.from(HIGHER_POWERS, ([, b]) => b);
/** Scratch: a part's power sums Σuᵃwᵇ (at 5a + b) and powers of δ and ε. */
const POWER = new Float64Array(25);
const DELTA_POWERS = new Float64Array(5);
const EPSILON_POWERS = new Float64Array(5);

/**
 * Add a part's higher-order sums moved by δ (each variable) and ε (the covariate) to total's, by
 * the binomial expansion, without allocation (this runs for every session pooled):
 * Σ(u + δ)ᵃ(w + ε)ᵇ = Σᵢ Σⱼ C(a, i)C(b, j) δᵃ⁻ⁱ εᵇ⁻ʲ Σuⁱwʲ.
 */
function moveHigher(total: number[], part: readonly number[], delta: Float64Array): void {
  const epsilon = delta[Z];
  EPSILON_POWERS[0] = DELTA_POWERS[0] = 1;
  for (let k = 1; k < 5; k++) EPSILON_POWERS[k] = EPSILON_POWERS[k - 1] * epsilon;
  // Covariate-only sums: n, Σw, Σw², Σw³, Σw⁴ at POWER[0 … 4] (a = 0).
  POWER[0] = part[0];
  POWER[1] = part[sumIndex(0, Z)];
  POWER[2] = part[sumIndex(Z, Z)];
  POWER[3] = part[HIGHER_OFFSET];
  POWER[4] = part[HIGHER_OFFSET + 1];
  for (let b = 3; b <= 4; b++) {
    let sum = 0;
    for (let j = 0; j <= b; j++) sum += BINOMIAL[5 * b + j] * EPSILON_POWERS[b - j] * POWER[j];
    total[HIGHER_OFFSET + b - 3] += sum;
  }
  for (let i = 1; i < Z; i++) {
    const d = delta[i];
    for (let k = 1; k < 5; k++) DELTA_POWERS[k] = DELTA_POWERS[k - 1] * d;
    const o = higherOffset(i);
    POWER[5] = part[sumIndex(0, i)];
    POWER[6] = part[sumIndex(i, Z)];
    POWER[10] = part[sumIndex(i, i)];
    for (let h = 0; h < HIGHER.length; h++) POWER[5 * HIGHER_A[h] + HIGHER_B[h]] = part[o + h];
    for (let h = 0; h < HIGHER.length; h++) {
      const a = HIGHER_A[h];
      const b = HIGHER_B[h];
      let sum = 0;
      for (let x = 0; x <= a; x++) {
        const outer = BINOMIAL[5 * a + x] * DELTA_POWERS[a - x];
        for (let y = 0; y <= b; y++) sum += outer * BINOMIAL[5 * b + y] * EPSILON_POWERS[b - y] * POWER[5 * x + y];
      }
      total[o + h] += sum;
    }
  }
}

function higherOffset(i: number): number {
  return HIGHER_OFFSET + 2 + HIGHER.length * (i - 1);
}

/**
 * power[a][b] = Σ(x − K)ᵃ(z − L)ᵇ, a + b ≤ 4, of variable i (not the constant or the covariate)
 * and the covariate z in a group's block, around the group's shifts (`CovariateMoments.power`).
 */
export function powerSums(sums: readonly number[], i: number): number[][] {
  if (!hasPowerSums(sums)) throw new Error('powerSums: these sums were recorded without the higher-order sums');
  const o = higherOffset(i);
  const s = (a: number, b: number) => sums[sumIndex(a, b)];
  const power = [
    [s(0, 0), s(0, Z), s(Z, Z), sums[HIGHER_OFFSET], sums[HIGHER_OFFSET + 1]],
    [s(0, i), s(i, Z), 0, 0],
    [s(i, i), 0, 0],
    [0, 0],
    [0],
  ];
  HIGHER_POWERS.forEach(([a, b], h) => (power[a][b] = sums[o + h]));
  return power;
}

/** Whether a group's block holds the higher-order sums (`powerSums`). */
export function hasPowerSums(sums: readonly number[]): boolean {
  return sums[HIGHER_FLAG] === 1;
}

/** The shift of variable i in a group's block. */
export function shiftOf(sums: readonly number[], i: number): number {
  return sums[SHIFT_OFFSET + i];
}

/** Raw Σvᵢ of a group: Σ(vᵢ − Kᵢ) + nKᵢ (exact for the counts and 0/1 indicators). */
export function rawSum(sums: readonly number[], i: number): number {
  return sums[sumIndex(0, i)] + sums[0] * shiftOf(sums, i);
}

/** Raw Σvᵢvⱼ of a group: Σ(vᵢ − Kᵢ)(vⱼ − Kⱼ) + KⱼΣ(vᵢ − Kᵢ) + KᵢΣ(vⱼ − Kⱼ) + nKᵢKⱼ. */
export function rawProduct(sums: readonly number[], i: number, j: number): number {
  const ki = shiftOf(sums, i);
  const kj = shiftOf(sums, j);
  return sums[sumIndex(i, j)] + kj * sums[sumIndex(0, i)] + ki * sums[sumIndex(0, j)] + sums[0] * ki * kj;
}
