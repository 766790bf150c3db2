import { describe, expect, it } from 'vitest';
import { CASES, goldenOutputs, produceOutputs } from '../../scripts/goldenOutputs.mjs';

/**
 * Byte identity of outputs: every shipped scenario and experiment (and a sweep, a power plan, a
 * fit and a backtest of the past sessions) through the compiled CLI at seed 1 with few replicates;
 * every JSON result and CSV file must equal the committed golden file, the version and the
 * run's temporary folder aside. When a change to outputs is intended, regenerate them with
 * `npm run goldens` and review the diff (docs/testing.md).
 */
describe('golden outputs (test/fixtures/golden-outputs)', () => {
  it('every case writes exactly the committed JSON and CSV bytes', { timeout: 900_000 }, async () => {
    const golden = goldenOutputs();
    expect(Object.keys(golden).sort()).toEqual(CASES.map((c) => c.name).sort());
    const fresh = await produceOutputs();
    const differences: string[] = [];
    for (const testCase of CASES) {
      const want = golden[testCase.name];
      const got = fresh[testCase.name];
      for (const path of new Set([...Object.keys(want), ...Object.keys(got)])) {
        const where = `${testCase.name}/${path}`;
        if (!(path in got)) differences.push(`${where}: not written any more`);
        else if (!(path in want)) differences.push(`${where}: new file, not in the goldens`);
        else if (got[path] !== want[path]) differences.push(`${where}: ${firstDifference(want[path], got[path])}`);
      }
    }
    expect(differences, 'outputs changed; if intended, run `npm run goldens` and commit the diff').toEqual([]);
  });
});

/** The first line that differs, golden then fresh. */
function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: golden ${JSON.stringify(a[at]?.slice(0, 120))}, now ${JSON.stringify(b[at]?.slice(0, 120))}`;
}
