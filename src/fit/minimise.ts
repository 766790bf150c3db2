/**
 * Minimise a smooth function of a few dozen variables given its gradient: BFGS with a
 * backtracking (Armijo) line search. Nocedal & Wright (2006), Numerical Optimization, Algorithm 6.1 (BFGS) and Algorithm 3.1 (backtracking). Cost per iteration: one gradient and the
 * line search's evaluations of `f`; memory O(p²), independent of the number of evaluations.
 */
export interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

const MAX_STEP = 2;

export function minimise(
  f: (x: Float64Array) => number,
  start: readonly number[],
  grad: (x: Float64Array) => Float64Array,
  maxIterations = 200,
  tolerance = 1e-9,
): Minimum {
  const p = start.length;
  let x = Float64Array.from(start);
  let value = f(x);
  if (p === 0) return { x, value, iterations: 0, converged: true };
  let g = grad(x);
  let H = identity(p);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const direction = new Float64Array(p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) direction[i] -= H[i * p + j] * g[j];
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      H = identity(p);
      for (let i = 0; i < p; i++) direction[i] = -g[i];
      slope = dot(direction, g);
    }
    // No variable moves by more than MAX_STEP in one iteration (parameters are on log scales, so a
    // first step along a steep gradient cannot land on e^100).
    let step = Math.min(1, MAX_STEP / maxAbs(direction));
    let next = x;
    let nextValue = value;
    for (let tries = 0; tries < 60; tries++, step /= 2) {
      next = x.map((xi, i) => xi + step * direction[i]);
      nextValue = f(next);
      if (nextValue <= value + 1e-4 * step * slope) break;
    }
    if (!(nextValue <= value)) return { x, value, iterations: iteration, converged: maxAbs(g) < 1e-3 };
    const nextGradient = grad(next);
    const s = next.map((xi, i) => xi - x[i]);
    const y = nextGradient.map((gi, i) => gi - g[i]);
    const improvement = value - nextValue;
    x = next;
    value = nextValue;
    g = nextGradient;
    if (improvement < tolerance * (1 + Math.abs(value)) && maxAbs(s) < 1e-6) return { x, value, iterations: iteration, converged: true };
    const sy = dot(s, y);
    if (sy > 1e-12) H = bfgsUpdate(H, s, y, sy);
  }
  return { x, value, iterations: maxIterations, converged: false };
}

/** Hessian as central differences of an exact gradient (2p gradients), symmetrised; p × p row-major. */
export function hessianFromGradient(grad: (x: Float64Array) => Float64Array, x: Float64Array): Float64Array {
  const p = x.length;
  const H = new Float64Array(p * p);
  const probe = Float64Array.from(x);
  for (let j = 0; j < p; j++) {
    const h = 1e-4 * Math.max(1, Math.abs(x[j]));
    probe[j] = x[j] + h;
    const up = grad(probe);
    probe[j] = x[j] - h;
    const down = grad(probe);
    probe[j] = x[j];
    for (let i = 0; i < p; i++) H[i * p + j] = (up[i] - down[i]) / (2 * h);
  }
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) {
      const mean = (H[i * p + j] + H[j * p + i]) / 2;
      H[i * p + j] = mean;
      H[j * p + i] = mean;
    }
  }
  return H;
}

/** Inverse of a symmetric positive-definite matrix by Gauss–Jordan with partial pivoting; null when singular. */
export function invert(matrix: Float64Array, p: number): Float64Array | null {
  const a = Float64Array.from(matrix);
  const inverse = identity(p);
  for (let column = 0; column < p; column++) {
    let pivot = column;
    for (let row = column + 1; row < p; row++) if (Math.abs(a[row * p + column]) > Math.abs(a[pivot * p + column])) pivot = row;
    const diagonal = a[pivot * p + column];
    if (!(Math.abs(diagonal) > 1e-300)) return null;
    if (pivot !== column) {
      for (let k = 0; k < p; k++) {
        [a[pivot * p + k], a[column * p + k]] = [a[column * p + k], a[pivot * p + k]];
        [inverse[pivot * p + k], inverse[column * p + k]] = [inverse[column * p + k], inverse[pivot * p + k]];
      }
    }
    for (let k = 0; k < p; k++) {
      a[column * p + k] /= diagonal;
      inverse[column * p + k] /= diagonal;
    }
    for (let row = 0; row < p; row++) {
      if (row === column) continue;
      const factor = a[row * p + column];
      if (factor === 0) continue;
      for (let k = 0; k < p; k++) {
        a[row * p + k] -= factor * a[column * p + k];
        inverse[row * p + k] -= factor * inverse[column * p + k];
      }
    }
  }
  return inverse;
}

function bfgsUpdate(H: Float64Array, s: Float64Array, y: Float64Array, sy: number): Float64Array {
  const p = s.length;
  const rho = 1 / sy;
  const Hy = new Float64Array(p);
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) Hy[i] += H[i * p + j] * y[j];
  const yHy = dot(y, Hy);
  const next = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      next[i * p + j] = H[i * p + j] - rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j];
    }
  }
  return next;
}

function identity(p: number): Float64Array {
  const I = new Float64Array(p * p);
  for (let i = 0; i < p; i++) I[i * p + i] = 1;
  return I;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function maxAbs(a: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]));
  return max;
}
