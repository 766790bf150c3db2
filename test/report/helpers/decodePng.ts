import { inflateSync } from 'node:zlib';

/**
 * Minimal PNG decoder for tests: 8-bit greyscale, RGB or RGBA (colour types 0, 2, 6), not
 * interlaced, which covers Chromium's and resvg's screenshots. Returns RGBA pixels.
 * Format: PNG specification (W3C, 2nd edition), sections 5 (chunks), 7 (filtering) and 9.
 */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [bitDepth, colorType, , , interlace] = png.subarray(24, 29);
  const channels = ({ 0: 1, 2: 3, 6: 4 } as Record<number, number>)[colorType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
  const raw = inflateSync(concatIdat(png, view));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), pixels, y * stride, stride, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    const source = index * channels;
    const [r, g, b] = channels === 1 ? [pixels[source], pixels[source], pixels[source]] : [pixels[source], pixels[source + 1], pixels[source + 2]];
    rgba.set([r, g, b, channels === 4 ? pixels[source + 3] : 255], index * 4);
  }
  return { width, height, rgba };
}

function concatIdat(png: Uint8Array, view: DataView): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'IDAT') parts.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return Buffer.concat(parts);
}

function unfilterRow(raw: Uint8Array, at: number, out: Uint8Array, rowStart: number, stride: number, bpp: number): void {
  const filter = raw[at];
  for (let x = 0; x < stride; x++) {
    const a = x >= bpp ? out[rowStart + x - bpp] : 0;
    const b = rowStart >= stride ? out[rowStart - stride + x] : 0;
    const c = x >= bpp && rowStart >= stride ? out[rowStart - stride + x - bpp] : 0;
    const value = raw[at + 1 + x];
    const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
    out[rowStart + x] = (value + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Variance of the pixels' luminance (0–255 scale); a blank page scores about 0. */
export function luminanceVariance(rgba: Uint8Array): number {
  let sum = 0;
  let sumSquares = 0;
  const count = rgba.length / 4;
  for (let index = 0; index < rgba.length; index += 4) {
    const luminance = 0.2126 * rgba[index] + 0.7152 * rgba[index + 1] + 0.0722 * rgba[index + 2];
    sum += luminance;
    sumSquares += luminance * luminance;
  }
  const mean = sum / count;
  return sumSquares / count - mean * mean;
}
