import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test, vi } from 'vitest';

// renameSync is wrapped so one test can make the swap fail half-way.
const failRename = { when: (_from: string, _to: string) => false };
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failRename.when(String(from), String(to))) throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      return actual.renameSync(from, to);
    },
  };
});

const { writeDirAtomic, writeFileAtomic } = await import('../../src/io/atomicWrite.js');
const { REPORT_MARKER } = await import('../../src/io/reportMarker.js');

const dir = fs.mkdtempSync(join(tmpdir(), 'livelift-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeDirAtomic', () => {
  test('writes the marker; a swap that fails after the old folder moved puts the old folder back, and leaves no temporary', () => {
    const target = join(dir, 'rep');
    writeDirAtomic(target, { 'a.txt': 'old' });
    expect(fs.existsSync(join(target, REPORT_MARKER))).toBe(true);
    failRename.when = (from) => from.endsWith(`${join('', 'new')}`);
    try {
      expect(() => writeDirAtomic(target, { 'a.txt': 'new' })).toThrow(/EXDEV/);
    } finally {
      failRename.when = () => false;
    }
    expect(fs.readFileSync(join(target, 'a.txt'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['rep']);
  });

  test('a temporary left by a killed process (its pid no longer runs) is removed by the next write at that path', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const target = join(dir, 'again');
    const leftover = join(dir, `.again.livelift-tmp-${gone}`);
    fs.mkdirSync(join(leftover, 'new'), { recursive: true });
    const other = join(dir, `.other.livelift-tmp-${gone}`);
    fs.mkdirSync(other);
    writeDirAtomic(target, { 'x.txt': '1' });
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(other)).toBe(true); // another target's temporary is not this write's business
    writeFileAtomic(join(dir, 'other'), 'o');
    expect(fs.existsSync(other)).toBe(false);
  });
});
