import { describe, expect, it } from 'vitest';
import { ByteInterner } from '../../../src/io/csv/ByteInterner.js';
import { CsvRow } from '../../../src/io/csv/CsvRow.js';
import { HashedKeyTable } from '../../../src/io/csv/HashedKeyTable.js';

function field(text: string, escaped = false): CsvRow {
  const row = new CsvRow(1);
  row.buf = Buffer.from(`xx${text}yy`, 'utf8');
  row.starts[0] = 2;
  row.ends[0] = row.buf.length - 2;
  row.escaped[0] = escaped ? 1 : 0;
  return row;
}

describe('ByteInterner', () => {
  const tooMany = (): never => {
    throw new Error('too many');
  };

  it('gives small ids in order of first sight, on the linear and the hashed path', () => {
    const interner = new ByteInterner(1000, tooMany);
    const names = Array.from({ length: 300 }, (_, i) => `variant-${i % 150}`);
    const ids = names.map((name) => interner.idOf(field(name), 0));
    expect(ids).toEqual(names.map((_, i) => i % 150));
    expect(interner.names).toEqual(names.slice(0, 150));
  });

  it('decodes names once (UTF-8, doubled quotes) and merges two spellings of one name', () => {
    const interner = new ByteInterner(10, tooMany);
    expect(interner.idOf(field('say ""hi""', true), 0)).toBe(0);
    expect(interner.idOf(field('组 B'), 0)).toBe(1);
    expect(interner.idOf(field('say "hi"'), 0)).toBe(0);
    expect(interner.names).toEqual(['say "hi"', '组 B']);
  });

  it('calls onTooMany past its limit', () => {
    const interner = new ByteInterner(2, tooMany);
    interner.idOf(field('a'), 0);
    interner.idOf(field('b'), 0);
    expect(() => interner.idOf(field('c'), 0)).toThrow('too many');
  });
});

describe('HashedKeyTable', () => {
  it('assigns dense ids, finds every key, and tells new keys from old ones (200,000 ids, no collisions)', () => {
    const table = new HashedKeyTable(16);
    const key = (i: number) => Buffer.from(`user-${i}`);
    let wrongIds = 0;
    for (let i = 0; i < 200_000; i++) {
      const bytes = key(i);
      if (table.idOf(bytes, 0, bytes.length) !== i || !table.inserted) wrongIds++;
    }
    expect(wrongIds, 'keys that got an earlier key\'s id').toBe(0);
    for (let i = 0; i < 200_000; i += 997) {
      const bytes = key(i);
      expect(table.find(bytes, 0, bytes.length)).toBe(i);
      expect(table.idOf(bytes, 0, bytes.length)).toBe(i);
      expect(table.inserted).toBe(false);
    }
    expect(table.size).toBe(200_000);
    expect(table.find(Buffer.from('nobody'), 0, 6)).toBe(-1);
    const perKey = table.memoryBytes / table.size;
    expect(perKey).toBeGreaterThanOrEqual(13);
    expect(perKey).toBeLessThanOrEqual(28);
  });

  it('keeps the same bytes under different seeds apart (cluster × segment keys)', () => {
    const table = new HashedKeyTable();
    const bytes = Buffer.from('store-1');
    expect(table.idOf(bytes, 0, 7, 0)).toBe(0);
    expect(table.idOf(bytes, 0, 7, 1)).toBe(1);
    expect(table.idOf(bytes, 0, 7, 0)).toBe(0);
  });
});
