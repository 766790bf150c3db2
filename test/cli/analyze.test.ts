import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built CLI, as users run it (`npm test` builds first): exit codes, stdout/stderr, files.
// Every other bad input (missing column, empty file, unknown control, …) is checked in-process
// in test/analysis and test/io; here a few go through the real exit path.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'test', 'analysis', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-analyze-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'analyze.js'))) throw new Error('dist/ is missing analyze: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8', cwd: FIXTURES });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MESSY = ['messy.csv', '--variant', 'variant', '--metric', 'converted', '--metric', 'revenue', '--control', 'control'];

describe('livelift analyze (built CLI)', () => {
  it('prints a table per metric and a verdict per comparison', () => {
    const { status, stdout, stderr } = run(...MESSY);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^livelift analyze messy\.csv: 1,500 rows, control control, alpha 0\.05 \(two-sided\)$/m);
    expect(stdout).toMatch(/^converted \(proportion\)$/m);
    expect(stdout).toMatch(/^ {2}→ (no significant difference in revenue|treat, "B" (raises|lowers) revenue)/m);
    expect(stdout).toMatch(/MISSING_VALUES: .*revenue: \d+/);
  });

  it('--json prints one object with the public contract; one-sided interval ends are null', () => {
    const { status, stdout } = run(...MESSY, '--json', '--sides', 'greater', '--bayesian');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['alpha', 'control', 'variants', 'srm', 'dataQuality', 'metrics']));
    expect(Object.keys(result.dataQuality)).toEqual(expect.arrayContaining(['rows', 'duplicateUnits', 'multiVariantUnits', 'droppedRows', 'warnings']));
    const comparison = result.metrics[0].comparisons[0];
    expect(Object.keys(comparison)).toEqual(expect.arrayContaining(['variant', 'control', 'absolute', 'relative', 'bayesian']));
    expect(comparison.absolute.ci[1]).toBeNull();
    expect(Object.keys(comparison.bayesian.risk)).toEqual(['control', 'variant']);
    expect(result.kind).toBe('analysis');
  });

  it('--out writes the report, result.json and CSV tables; the JSON equals --json', () => {
    const out = join(dir, 'out');
    const { status } = run(...MESSY, '--out', out);
    expect(status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.livelift-report', 'charts', 'data', 'report.html', 'result.json', 'tables']);
    expect(readdirSync(join(out, 'data')).sort()).toEqual(['arms.csv', 'comparisons.csv', 'data-quality.csv']);
    expect(readdirSync(join(out, 'charts'))).toEqual(expect.arrayContaining(['forest.svg', 'forest.png', 'forest.vl.json']));
    const saved = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(saved).toEqual(JSON.parse(run(...MESSY, '--json').stdout));
    expect(readFileSync(join(out, 'data', 'comparisons.csv'), 'utf8').split('\r\n')[0]).toMatch(/^segment,metric,kind,variant,control,method,absoluteEstimate,/);
  });

  it.each([
    [['nope.csv', '--variant', 'v', '--metric', 'm'], /^livelift: nope\.csv: no such file\n$/],
    [['messy.csv', '--variant', 'variant', '--metric', 'note'], /^livelift: messy\.csv: note \(row 1\): "line one\\x0aline "two", with comma" is not a number/],
    [['single.csv', '--variant', 'v', '--metric', 'm'], /^livelift: single\.csv: v: only variant "A" has rows; an experiment needs at least two\n$/],
    [['messy.csv', '--variant', 'variant', '--metric', 'revenue', '--cap', 'p100'], /^livelift: --cap: expected pNN with 0 < NN < 100/],
    [['messy.csv', '--variant', 'variant', '--metric', 'revenue', '--sides', 'up'], /^livelift: Invalid values:/],
  ])('bad input %j: one clear message, exit 2, nothing written', (args, message) => {
    const out = join(dir, 'never-written');
    writeFileSync(join(dir, 'single.csv'), 'v,m\nA,1\nA,2\n');
    const result = spawnSync(process.execPath, [CLI, 'analyze', ...args.map((arg) => (arg === 'messy.csv' ? join(FIXTURES, arg) : arg)), '--out', out], { encoding: 'utf8', cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr.replaceAll(`${FIXTURES}/`, '')).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an --out folder that holds the input', () => {
    const { status, stderr } = run(...MESSY, '--out', '.');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--out: "\." is the current folder; livelift will not replace it/);
  });
});
