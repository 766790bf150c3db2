import type { Rng } from './Rng.js';
import { normal } from './normal.js';
import { log } from '../../math/index.js';

/**
 * Standard gamma variates (scale 1) for shape ≥ 1, by Marsaglia & Tsang's squeeze-and-reject
 * method: with d = shape − 1/3, c = 1/√(9d), x ~ N(0, 1) and v = (1 + c·x)³, accept d·v when
 * U < 1 − 0.0331·x⁴ (the squeeze, taken about 98% of the time) or when
 * ln U < x²/2 + d·(1 − v + ln v). Acceptance probability > 0.95 for every shape ≥ 1.
 * Source: Marsaglia & Tsang (2000), "A simple method for generating gamma variables",
 * ACM TOMS 26(3), 363–372.
 *
 * Internal building block of {@link gamma} and {@link beta}; callers validate `shape`.
 */
export function marsagliaTsang(rng: Rng, shape: number): () => number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const standardNormal = normal(rng)(0, 1);
  return () => {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = standardNormal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng();
      const xSquared = x * x;
      if (u < 1 - 0.0331 * xSquared * xSquared) return d * v;
      if (log(u) < 0.5 * xSquared + d * (1 - v + log(v))) return d * v;
    }
  };
}
