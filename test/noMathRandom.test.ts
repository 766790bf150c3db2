import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// All randomness comes from seeded streams passed in explicitly (src/sim/random/createStream.ts).
// The global generator is unseeded, so one use anywhere makes runs irreproducible.
const SOURCE = fileURLToPath(new URL('../src/', import.meta.url));
const FORBIDDEN = /Math\s*\.\s*random|Math\s*\[\s*['"`]random['"`]\s*\]/;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

describe('no Math.random in src/', () => {
  it('finds the source tree', () => {
    expect(filesUnder(SOURCE).length).toBeGreaterThan(0);
  });

  it('no file under src/ mentions it', () => {
    const offenders = filesUnder(SOURCE).filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches the usual spellings', () => {
    for (const text of ['Math.random()', 'Math . random', "Math['random']()"]) expect(FORBIDDEN.test(text)).toBe(true);
    expect(FORBIDDEN.test('createStream(seed, replicate, name)')).toBe(false);
  });
});
