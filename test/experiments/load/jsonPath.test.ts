import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSteps, getPath, parsePath, setPath } from '../../../src/experiments/load/jsonPath.js';

describe('parsePath / formatSteps', () => {
  it('parses keys and indexes', () => {
    expect(parsePath('products[0].price')).toEqual(['products', 0, 'price']);
    expect(parsePath('plan[12].effects.adEffect')).toEqual(['plan', 12, 'effects', 'adEffect']);
    expect(parsePath('$schema')).toEqual(['$schema']);
  });
  it('rejects what is not a path', () => {
    for (const text of ['', '.a', 'a..b', 'a.[1]', '[0]', 'a[x]', 'a b', 'a[1', 'a.']) expect(parsePath(text), text).toBeNull();
  });
  it('formats back what it parsed (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
    const steps = fc.tuple(key, fc.array(fc.oneof(key, fc.nat(99)), { maxLength: 5 })).map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(steps, (path) => {
        expect(parsePath(formatSteps(path))).toEqual(path);
      }),
    );
  });
});

describe('setPath / getPath', () => {
  const base = { plan: [{ startMinute: 5 }, { startMinute: 30 }], link: { placement: 'pinned' } };
  it('sets inside arrays without changing the input', () => {
    const changed = setPath(base, ['plan', 1, 'startMinute'], 40);
    expect(getPath(changed, ['plan', 1, 'startMinute'])).toBe(40);
    expect(base.plan[1].startMinute).toBe(30);
    expect(getPath(changed, ['link'])).toBe(base.link);
  });
  it('creates missing object keys, refuses missing indexes and non-containers', () => {
    expect(setPath(base, ['purchase', 'socialProof'], 0)).toMatchObject({ purchase: { socialProof: 0 } });
    expect(() => setPath(base, ['plan', 2, 'startMinute'], 1)).toThrow(/out of range: the list has 2/);
    expect(() => setPath(base, ['link', 'placement', 'x'], 1)).toThrow(/not an object/);
    expect(() => setPath(base, ['link', 0], 1)).toThrow(/not a list/);
  });
  it('reads undefined where a step is missing', () => {
    expect(getPath(base, ['plan', 5, 'startMinute'])).toBeUndefined();
    expect(getPath(base, ['link', 0])).toBeUndefined();
  });
});
