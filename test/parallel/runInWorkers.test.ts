import { describe, expect, it } from 'vitest';
import { compiledModuleUrl, runInWorkers } from '../../src/parallel/index.js';
import type { SelfTestPayload } from '../../src/parallel/selfTestTask.js';

// Worker threads run compiled JavaScript: `npm test` builds first (or run `npx tsc -p .`).
const TASK = new URL('../../src/parallel/selfTestTask.ts', import.meta.url);
type Result = { index: number; sum: number };

function run(workers: number, payload: SelfTestPayload, count = 12, onProgress?: (done: number, total: number) => void): Promise<Result[]> {
  return runInWorkers<SelfTestPayload, Result>({ moduleUrl: TASK, payload, count, workers, onProgress });
}

describe('runInWorkers', () => {
  it('gives identical results, in index order, with 1, 2 and 5 workers', async () => {
    const payload = { seed: 3, draws: 20_000 };
    const inProcess = await run(1, payload);
    expect(inProcess.map((r) => r.index)).toEqual([...Array(12).keys()]);
    expect(new Set(inProcess.map((r) => r.sum)).size).toBe(12);
    expect(await run(2, payload)).toEqual(inProcess);
    expect(await run(5, payload)).toEqual(inProcess);
  });

  it('reports progress once per task, ending at the total', async () => {
    for (const workers of [1, 2]) {
      const calls: [number, number][] = [];
      await run(workers, { seed: 1, draws: 10 }, 6, (done, total) => calls.push([done, total]));
      expect(calls).toEqual([1, 2, 3, 4, 5, 6].map((done) => [done, 6]));
    }
  });

  it('rejects with the failing task index, in-process and in workers', async () => {
    for (const workers of [1, 2]) {
      await expect(run(workers, { seed: 1, draws: 10, failAt: 7 })).rejects.toThrow('task 7 failed: self-test failure at 7');
    }
  });

  it('rejects a result that cannot be cloned the same way with or without workers', async () => {
    for (const workers of [1, 2]) {
      await expect(run(workers, { seed: 1, draws: 10, unclonableAt: 2 })).rejects.toThrow(/task 2 failed: .*structured-cloneable/);
    }
  });

  it('handles zero tasks and more workers than tasks', async () => {
    expect(await run(4, { seed: 1, draws: 1 }, 0)).toEqual([]);
    expect((await run(8, { seed: 1, draws: 1 }, 2)).map((r) => r.index)).toEqual([0, 1]);
  });

  it('rejects a module without runTask, and bad counts', async () => {
    const notATask = new URL('../../src/parallel/compiledModuleUrl.ts', import.meta.url);
    await expect(runInWorkers({ moduleUrl: notATask, payload: null, count: 1, workers: 1 })).rejects.toThrow(/runTask/);
    await expect(runInWorkers({ moduleUrl: notATask, payload: null, count: 1, workers: 2 })).rejects.toThrow(/task 0 failed: .*runTask/);
    await expect(runInWorkers({ moduleUrl: TASK, payload: null, count: -1, workers: 1 })).rejects.toThrow(RangeError);
  });
});

describe('compiledModuleUrl', () => {
  it('maps src/x/y.ts to dist/x/y.js and leaves JavaScript URLs alone', () => {
    expect(compiledModuleUrl(TASK).pathname).toMatch(/\/dist\/parallel\/selfTestTask\.js$/);
    const js = new URL('file:///somewhere/module.js');
    expect(compiledModuleUrl(js)).toBe(js);
  });

  it('says to build when the compiled file is missing', () => {
    expect(() => compiledModuleUrl(new URL('file:///tmp/project/src/missing.ts'))).toThrow(/run npm run build/);
    expect(() => compiledModuleUrl(new URL('file:///tmp/elsewhere/missing.ts'))).toThrow(/outside src/);
  });
});
