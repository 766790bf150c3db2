import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamSeed } from '../../../src/sim/random/createStream.js';
import { sha256 } from '../../../src/sim/random/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto at every padding boundary (55, 56, 63, 64, 65 bytes and more)', () => {
    for (let length = 0; length <= 200; length++) expect(sha256('x'.repeat(length)), `length ${length}`).toBe(nodeSha256('x'.repeat(length)));
  });

  it('equals node:crypto for any string, including non-ASCII text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256(text) === nodeSha256(text)));
  });

  it('gives byte-identical stream seeds to the node:crypto derivation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat(100000), fc.string({ minLength: 1, maxLength: 40 }), (seed, replicate, name) =>
        streamSeed(seed, replicate, name) === nodeSha256(JSON.stringify(['livelift', seed, replicate, name])),
      ),
    );
  });
});
