/**
 * MurmurHash3's 32-bit finaliser: every input bit affects every output bit. Seeds the viewers'
 * private streams (ViewerStreams) and finishes the CSV reader's byte hashes (io/csv/hashBytes).
 * Source: Austin Appleby, MurmurHash3 (public domain), `fmix32`.
 *
 * @example fmix32(0) // 0
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
