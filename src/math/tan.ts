import { kernelTan } from './kernelTan.js';
import { reduced, remPio2 } from './remPio2.js';
import { highWord } from './words.js';

/**
 * Tangent, bit-for-bit the value Node 20's V8 gives for Math.tan (V8 src/base/ieee754.cc `tan`,
 * fdlibm 5.3 s_tan.c): reduce modulo π/2, then tan or −1/tan by the parity of the quadrant.
 */
export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return kernelTan(x, 0, 1);
  if (ix >= 0x7ff00000) return x - x; // NaN
  const n = remPio2(x);
  return kernelTan(reduced[0], reduced[1], 1 - ((n & 1) << 1));
}
