import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// `livelift analyze --quantile` as users run it (built CLI), on the fixture of
// test/analysis/fixtures/make_quantile_fixture.py.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CSV = join(ROOT, 'test', 'analysis', 'fixtures', 'quantiles.csv');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift analyze --quantile (built CLI)', () => {
  const args = [CSV, '--variant', 'arm', '--control', 'A', '--metric', 'spend', '--quantile', '0.5,0.9', '--bootstrap', '500', '--seed', '7'];

  it('gives byte-identical output for the same seed, text and JSON, and the table shows the JSON numbers', () => {
    const first = run(...args, '--json');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(run(...args, '--json').stdout).toBe(first.stdout);
    const text = run(...args);
    expect(run(...args).stdout).toBe(text.stdout);
    const row = JSON.parse(first.stdout).metrics[0].comparisons[0].quantiles[1];
    expect(row).toMatchObject({ quantile: 0.9, resamples: 500, seed: 7, label: 'bootstrap, not the decision test' });
    expect(text.stdout).toContain('Quantiles (bootstrap, not the decision test: percentile bootstrap, 500 resamples, seed 7');
    expect(run(...args.slice(0, -1), '8', '--json').stdout).not.toBe(first.stdout);
  });

  it('exits 2 naming --quantile for a summary file or a bad list', () => {
    const summary = run('--summary', CSV, '--quantile', '0.5');
    expect(summary.status).toBe(2);
    expect(summary.stderr).toMatch(/quantile.*summary file holds only sums/);
    const bad = run(...args.slice(0, 6), '--quantile', '50');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/quantile.*in \(0, 1\)/);
    expect(bad.stderr).not.toMatch(/at .*\.js/);
  });
});
