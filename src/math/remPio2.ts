import { kernelRemPio2 } from './kernelRemPio2.js';
import { highWord, lowWord, withHighWord, withLowWord } from './words.js';

/** High words of n·π/2 for n = 1..32, to spot cancellation in the medium range. */
const NPIO2_HW = [
  0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb, 0x402921fb, 0x402c463a, 0x402f6a7a,
  0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb, 0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a,
  0x40407e4c, 0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb, 0x4046c6cb, 0x40478fdb,
  0x404858eb, 0x404921fb,
];

const TWO24 = 1.67772160000000000000e7;
const INV_PIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000
const PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331
const PIO2_2 = 6.07710050630396597660e-11; // 0x3DD0B461 1A600000
const PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
const PIO2_3 = 2.02226624871116645580e-21; // 0x3BA3198A 2E000000
const PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1

/** Where `remPio2` writes its result: x − n·π/2 = reduced[0] + reduced[1]. Read it before the next call. */
export const reduced = new Float64Array(2);
const pieces = new Float64Array(3);

/**
 * Reduce x modulo π/2: returns n and writes y = x − n·π/2 (|y| ≤ π/4) to `reduced` as a head and
 * tail. fdlibm 5.3 e_rem_pio2.c as in V8 src/base/ieee754.cc `__ieee754_rem_pio2`: Cody–Waite
 * with 33+33+33+53 bits of π/2 up to 2^19·π/2, Payne–Hanek (`kernelRemPio2`) beyond.
 */
export function remPio2(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    reduced[0] = x;
    reduced[1] = 0;
    return 0;
  }
  if (ix < 0x4002d97c) {
    // |x| < 3pi/4, n = +-1
    if (hx > 0) {
      let z = x - PIO2_1;
      if (ix !== 0x3ff921fb) {
        reduced[0] = z - PIO2_1T;
        reduced[1] = (z - reduced[0]) - PIO2_1T;
      } else {
        z -= PIO2_2;
        reduced[0] = z - PIO2_2T;
        reduced[1] = (z - reduced[0]) - PIO2_2T;
      }
      return 1;
    }
    let z = x + PIO2_1;
    if (ix !== 0x3ff921fb) {
      reduced[0] = z + PIO2_1T;
      reduced[1] = (z - reduced[0]) + PIO2_1T;
    } else {
      z += PIO2_2;
      reduced[0] = z + PIO2_2T;
      reduced[1] = (z - reduced[0]) + PIO2_2T;
    }
    return -1;
  }
  if (ix <= 0x413921fb) {
    // |x| ~<= 2^19*(pi/2), medium size
    let t = Math.abs(x);
    const n = (t * INV_PIO2 + 0.5) | 0;
    const fn = n;
    let r = t - fn * PIO2_1;
    let w = fn * PIO2_1T; // 1st round good to 85 bits
    let y0: number;
    if (n < 32 && ix !== NPIO2_HW[n - 1]) {
      y0 = r - w;
    } else {
      const j = ix >> 20;
      y0 = r - w;
      let i = j - ((highWord(y0) >> 20) & 0x7ff);
      if (i > 16) {
        // 2nd iteration, good to 118 bits
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2T - ((t - r) - w);
        y0 = r - w;
        i = j - ((highWord(y0) >> 20) & 0x7ff);
        if (i > 49) {
          // 3rd iteration, 151 bits
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3T - ((t - r) - w);
          y0 = r - w;
        }
      }
    }
    const y1 = (r - y0) - w;
    if (hx < 0) {
      reduced[0] = -y0;
      reduced[1] = -y1;
      return -n;
    }
    reduced[0] = y0;
    reduced[1] = y1;
    return n;
  }
  if (ix >= 0x7ff00000) {
    // inf or NaN
    reduced[0] = reduced[1] = x - x;
    return 0;
  }
  // large arguments: z = scalbn(|x|, ilogb(x) - 23), cut into 24-bit pieces
  const e0 = (ix >> 20) - 1046;
  let z = withHighWord(withLowWord(0, lowWord(x)), ix - (e0 << 20));
  for (let i = 0; i < 2; i++) {
    pieces[i] = z | 0;
    z = (z - pieces[i]) * TWO24;
  }
  pieces[2] = z;
  let nx = 3;
  while (pieces[nx - 1] === 0) nx--;
  const n = kernelRemPio2(pieces, reduced, e0, nx);
  if (hx < 0) {
    reduced[0] = -reduced[0];
    reduced[1] = -reduced[1];
    return -n;
  }
  return n;
}
