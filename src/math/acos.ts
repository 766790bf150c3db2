import { highWord, lowWord, withLowWord } from './words.js';

const PI = 3.14159265358979311600e+00;
const PIO2_HI = 1.57079632679489655800e+00;
const PIO2_LO = 6.12323399573676603587e-17;
const PS0 = 1.66666666666666657415e-01;
const PS1 = -3.25565818622400915405e-01;
const PS2 = 2.01212532134862925881e-01;
const PS3 = -4.00555345006794114027e-02;
const PS4 = 7.91534994289814532176e-04;
const PS5 = 3.47933107596021167570e-05;
const QS1 = -2.40339491173441421878e+00;
const QS2 = 2.02094576023350569471e+00;
const QS3 = -6.88283971605453293030e-01;
const QS4 = 7.70381505559019352791e-02;

/** R(z) = p(z)/q(z), the rational approximation of (asin(√z) − √z)/√z³ shared by every branch. */
function rational(z: number): number {
  const p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  const q = 1 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  return p / q;
}

/**
 * Arc cosine, bit-for-bit the value Node 20's V8 gives for Math.acos (V8 src/base/ieee754.cc
 * `acos`, fdlibm 5.3 e_acos.c). Error < 1 ulp.
 * Method: |x| < ½: acos x = π/2 − (x + x·R(x²)); x < −½: acos x = π − 2(s + s·R(z)), z = (1+x)/2,
 * s = √z; x > ½: acos x = 2(s + s·R(z)) with z = (1−x)/2, s split in two for accuracy.
 */
export function acos(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3ff00000) {
    // |x| >= 1
    if (((ix - 0x3ff00000) | lowWord(x)) === 0) return hx > 0 ? 0 : PI + 2 * PIO2_LO;
    return NaN; // acos(|x| > 1)
  }
  if (ix < 0x3fe00000) {
    // |x| < 0.5
    if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO;
    const r = rational(x * x);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) {
    // x < -0.5
    const z = (1 + x) * 0.5;
    const s = Math.sqrt(z);
    const w = rational(z) * s - PIO2_LO;
    return PI - 2 * (s + w);
  }
  // x > 0.5
  const z = (1 - x) * 0.5;
  const s = Math.sqrt(z);
  const df = withLowWord(s, 0);
  const c = (z - df * df) / (s + df);
  const w = rational(z) * s + c;
  return 2 * (df + w);
}
