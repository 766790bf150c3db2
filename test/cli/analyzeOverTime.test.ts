import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `livelift analyze --date` as users run it (built CLI), on the fixture of
// test/analysis/fixtures/make_over_time_fixture.py.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CSV = join(ROOT, 'test', 'analysis', 'fixtures', 'over_time.csv');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-over-time-'));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift analyze --date (built CLI)', () => {
  const args = [CSV, '--variant', 'arm', '--metric', 'spend', '--metric', 'clicked', '--date', 'day'];

  it('prints the over-time table: one line per day, both intervals, the SRM p; the same numbers as --json', () => {
    const text = run(...args);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Over time by day (cumulative; 95% intervals, unadjusted');
    expect(text.stdout).toMatch(/spend: B vs control\n\s+day\s+n\s+rel lift\s+fixed-horizon CI\s+p\s+always-valid CI\s+p\s+SRM p/);
    const json = JSON.parse(run(...args, '--json').stdout);
    const days: string[] = json.overTime.days.map((day: { day: string }) => day.day);
    expect(days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    const last = json.overTime.metrics[0].comparisons[0].looks.at(-1);
    expect(last.fixedHorizon.absolute).toEqual(json.metrics[0].comparisons[0].absolute);
    const lastLine = text.stdout.split('\n').find((line) => line.trim().startsWith('2026-03-06'))!;
    expect(lastLine).toContain(`+${(last.fixedHorizon.relative.estimate * 100).toFixed(1)}%`);
  });

  it('writes the over-time chart and table into the report', () => {
    const out = join(dir, 'report');
    const written = run(...args, '--out', out);
    expect(written.status).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('data-chart="over-time-1"');
    expect(html).toContain('data-table="over-time"');
    expect(existsSync(join(out, 'tables', 'over-time.csv'))).toBe(true);
  });

  it('exits 2 on a bad date, naming the file, the column and the row, with no stack trace', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'arm,day,spend\nA,2026-03-01,1\nB,2026-03-02,2\nB,2026-31-03,4\n');
    const result = run(bad, '--variant', 'arm', '--metric', 'spend', '--date', 'day');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${bad}: day (row 3): "2026-31-03" is not a day (YYYY-MM-DD)`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a --date column that is not in the header', () => {
    const result = run(CSV, '--variant', 'arm', '--metric', 'spend', '--date', 'when');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('when');
  });
});
