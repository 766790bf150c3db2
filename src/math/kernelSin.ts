import { highWord } from './words.js';

const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;

/**
 * sin(x + y) on [−π/4, π/4], y the tail of x (iy = 0: y is taken as 0). fdlibm 5.3 k_sin.c as in
 * V8 src/base/ieee754.cc `__kernel_sin`: sin x ≈ x + S1·x³ + … + S6·x¹³ (Remez error < 2^-58).
 */
export function kernelSin(x: number, y: number, iy: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e400000 && (x | 0) === 0) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy === 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}
