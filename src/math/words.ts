/**
 * The two 32-bit halves of an IEEE-754 double, read and written through one shared buffer (no
 * allocation per call). fdlibm works on these words (docs/randomness.md).
 * Little-endian layout (every platform Node and the browsers run on); checked once at load.
 */
const float = new Float64Array(1);
const words = new Int32Array(float.buffer);

float[0] = 1;
if (words[1] !== 0x3ff00000) throw new Error('src/math needs a little-endian platform');

/** High word (sign, exponent, top 20 bits of the fraction) as a signed 32-bit integer. */
export function highWord(x: number): number {
  float[0] = x;
  return words[1];
}

/** Low word (bottom 32 bits of the fraction) as a signed 32-bit integer; compare with `>>> 0` where unsigned matters. */
export function lowWord(x: number): number {
  float[0] = x;
  return words[0];
}

/** The double whose high and low words are `high` and `low` (INSERT_WORDS). */
export function fromWords(high: number, low: number): number {
  words[1] = high;
  words[0] = low;
  return float[0];
}

/** `x` with its low word replaced by `low` (SET_LOW_WORD). */
export function withLowWord(x: number, low: number): number {
  float[0] = x;
  words[0] = low;
  return float[0];
}

/** `x` with its high word replaced by `high` (SET_HIGH_WORD). */
export function withHighWord(x: number, high: number): number {
  float[0] = x;
  words[1] = high;
  return float[0];
}
