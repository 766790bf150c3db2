import { fmix32 } from '../../math/fmix32.js';

/**
 * A 64-bit hash of a byte range, as two 32-bit lanes, without allocating.
 *
 * Each lane is a per-byte multiply-rotate mix (the round of MurmurHash3, Appleby 2011) with its
 * own multiplier, seed and rotation; both are finished with MurmurHash3's `fmix32` after mixing
 * in the length and the other lane. Not cryptographic: it is for telling apart unit ids in
 * ordinary exports. Among n distinct keys the chance that any two share all 64 bits is about
 * n² / 2^65 (3·10^-6 for ten million units).
 *
 * @param out receives `[high lane, low lane]`
 * @example const out = new Uint32Array(2); hashBytes64(Buffer.from('user-1'), 0, 6, out);
 */
export function hashBytes64(buf: Uint8Array, start: number, end: number, out: Uint32Array, seed = 0): void {
  let a = 0x811c9dc5 ^ seed;
  let b = 0x2545f491 ^ Math.imul(seed, 0x9e3779b1);
  for (let i = start; i < end; i++) {
    const c = buf[i];
    a = Math.imul(a ^ c, 0x9e3779b1);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ c, 0x85ebca77);
    b = (b << 17) | (b >>> 15);
  }
  const length = end - start;
  a = fmix32(a ^ length);
  b = fmix32((b ^ Math.imul(length, 0xc2b2ae35)) + a);
  out[0] = fmix32(a ^ (b >>> 7));
  out[1] = b;
}

/** 32-bit hash of a byte range (FNV-1a, Fowler–Noll–Vo), for small tables of names. */
export function hashBytes32(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return fmix32(h);
}
