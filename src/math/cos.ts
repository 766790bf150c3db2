import { kernelCos } from './kernelCos.js';
import { kernelSin } from './kernelSin.js';
import { reduced, remPio2 } from './remPio2.js';
import { highWord } from './words.js';

/**
 * Cosine, bit-for-bit the value Node 20's V8 gives for Math.cos (V8 src/base/ieee754.cc `cos`,
 * fdlibm 5.3 s_cos.c): reduce modulo π/2, then the cos or sin kernel by quadrant.
 */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelCos(x, 0);
  if (ix >= 0x7ff00000) return x - x; // NaN
  const n = remPio2(x);
  switch (n & 3) {
    case 0:
      return kernelCos(reduced[0], reduced[1]);
    case 1:
      return -kernelSin(reduced[0], reduced[1], 1);
    case 2:
      return -kernelCos(reduced[0], reduced[1]);
    default:
      return kernelSin(reduced[0], reduced[1], 1);
  }
}
