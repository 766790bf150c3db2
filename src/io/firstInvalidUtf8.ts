/**
 * Index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629 §4:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all bytes are UTF-8.
 *
 * @example firstInvalidUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9])) // 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    if (lead < 0x80) {
      index++;
      continue;
    }
    const [length, low, high] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0 || index + length > bytes.length) return index;
    if (bytes[index + 1] < low || bytes[index + 1] > high) return index;
    for (let next = index + 2; next < index + length; next++) if (bytes[next] < 0x80 || bytes[next] > 0xbf) return index;
    index += length;
  }
  return -1;
}
