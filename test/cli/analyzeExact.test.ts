import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '../stats/goldenHelpers.js';
import type { FisherCase } from '../stats/fisherCase.js';

// `livelift analyze --exact` as users run it (built CLI); expected numbers from scipy
// (test/fixtures/stats/make_exact_fixtures.py → exact_fisher.json).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-exact-'));

const cases = loadFixture<FisherCase[]>('exact_fisher.json');
const unconditional = loadFixture<{
  boschloo: { treatment: { x: number; n: number }; control: { x: number; n: number }; scipy: { two: number } }[];
  score: { treatment: { x: number; n: number }; control: { x: number; n: number }; two: { pValue: number; difference: [number, number]; ratio: [number, number] } }[];
}>('exact_unconditional.json');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV with one row per unit: arm A (control) and B, conversions first. */
function csv(name: string, c: FisherCase): string {
  const rows = (arm: string, x: number, n: number) => Array.from({ length: n }, (_, i) => `${arm},${i < x ? 1 : 0}`);
  const path = join(dir, name);
  writeFileSync(path, ['arm,conv', ...rows('A', c.control.x, c.control.n), ...rows('B', c.treatment.x, c.treatment.n)].join('\n') + '\n');
  return path;
}

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const find = (x: number, n: number, xc: number, nc: number) =>
  cases.find((c) => c.treatment.x === x && c.treatment.n === n && c.control.x === xc && c.control.n === nc && c.alpha === 0.05)!;

describe('livelift analyze --exact (built CLI)', () => {
  for (const c of [find(12, 40, 5, 38), find(130, 1000, 100, 1000)]) {
    const label = `${c.treatment.x}/${c.treatment.n} vs ${c.control.x}/${c.control.n}`;
    it(`${label}: prints Fisher's p and the exact odds-ratio interval; the JSON decides by them`, () => {
      const file = csv(`${c.treatment.x}-${c.control.x}.csv`, c);
      const args = [file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact'];
      const text = run(...args);
      expect(text.stderr).toBe('');
      expect(text.status).toBe(0);
      const shownP = Number(c.two.pValue.toPrecision(2));
      expect(text.stdout).toContain(`exact p = ${shownP}`);
      expect(text.stdout).toContain(`exact CI ${Number(c.two.ci[0]!.toPrecision(3))} to ${Number(c.two.ci[1]!.toPrecision(3))}`);
      const json = run(...args, '--json');
      expect(json.status).toBe(0);
      const comparison = JSON.parse(json.stdout).metrics[0].comparisons[0];
      expect(comparison.decision).toBe('exact');
      expectClose(comparison.headline.pValue, c.two.pValue, 'p');
      expectClose(comparison.headline.exact.ci[0], c.two.ci[0], 'lower');
      expectClose(comparison.headline.exact.ci[1], c.two.ci[1], 'upper');
      expectClose(comparison.headline.exact.oddsRatio, c.oddsRatio as number, 'odds ratio');
      expect(comparison.significant).toBe(c.two.pValue < 0.05);
      expect(comparison.significant).toBe(c.two.ci[0]! > 1 || c.two.ci[1]! < 1);
      expect(comparison.headline.relative.invertsTest).toBe(false);
    });
  }

  it('without --exact, an expected count below 5 recommends it (EXACT_RECOMMENDED); with it, no such warning', () => {
    const file = csv('tiny.csv', find(3, 10, 0, 10));
    const plain = run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--json');
    expect(plain.status).toBe(0);
    const codes = (json: string) => JSON.parse(json).metrics[0].comparisons[0].warnings.map((entry: { code: string }) => entry.code);
    expect(codes(plain.stdout)).toContain('EXACT_RECOMMENDED');
    const exact = run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--json', '--exact');
    expect(codes(exact.stdout)).not.toContain('EXACT_RECOMMENDED');
    const large = run(csv('large.csv', find(130, 1000, 100, 1000)), '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--json');
    expect(codes(large.stdout)).not.toContain('EXACT_RECOMMENDED');
  });

  it('--exact-test score: the exact unconditional p and the difference and ratio intervals that invert it, as make_unconditional_fixtures.py', () => {
    const reference = unconditional.score.find((u) => u.treatment.x === 12 && u.treatment.n === 40 && u.control.x === 5 && u.control.n === 38)!;
    const file = csv('score.csv', find(12, 40, 5, 38));
    const json = run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact', '--exact-test', 'score', '--json');
    expect(json.stderr).toBe('');
    const comparison = JSON.parse(json.stdout).metrics[0].comparisons[0];
    expect(comparison.headline.exactTest).toBe('score');
    expectClose(comparison.headline.pValue, reference.two.pValue, 'p');
    expectClose(comparison.headline.absolute.ci[0], reference.two.difference[0], 'difference lower', 1e-6, 1e-8);
    expectClose(comparison.headline.absolute.ci[1], reference.two.difference[1], 'difference upper', 1e-6, 1e-8);
    expectClose(comparison.headline.relative.ci[0] + 1, reference.two.ratio[0], 'ratio lower', 1e-6, 1e-8);
    expectClose(comparison.headline.relative.ci[1] + 1, reference.two.ratio[1], 'ratio upper', 1e-6, 1e-8);
    expect(comparison.headline.relative.invertsTest).toBe(true);
    expect(comparison.significant).toBe(comparison.headline.absolute.ci[0] > 0 || comparison.headline.absolute.ci[1] < 0);
    const text = run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact', '--exact-test', 'score');
    expect(text.stdout).toContain('exact unconditional score test (Chan–Zhang)');
   }, 240_000);

  it('--exact-test agresti-min: the p of one two-sided exact score test and the intervals that invert it, as make_agresti_min_fixtures.py', () => {
    const reference = loadFixture<{ cases: { treatment: { x: number; n: number }; control: { x: number; n: number }; pValue: number; difference: [number, number]; ratio: [number, number] }[] }>('exact_agresti_min.json').cases.find(
      (u) => u.treatment.x === 7 && u.treatment.n === 12 && u.control.x === 2 && u.control.n === 12,
    )!;
    const file = csv('agresti-min.csv', { treatment: { x: 7, n: 12 }, control: { x: 2, n: 12 } } as FisherCase);
    const json = run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact', '--exact-test', 'agresti-min', '--json');
    expect(json.stderr).toBe('');
    const comparison = JSON.parse(json.stdout).metrics[0].comparisons[0];
    expect(comparison.headline.exactTest).toBe('agresti-min');
    expectClose(comparison.headline.pValue, reference.pValue, 'p');
    expectClose(comparison.headline.absolute.ci[0], reference.difference[0], 'difference lower', 1e-6, 1e-8);
    expectClose(comparison.headline.absolute.ci[1], reference.difference[1], 'difference upper', 1e-6, 1e-8);
    expectClose(comparison.headline.relative.ci[0] + 1, reference.ratio[0], 'ratio lower', 1e-6, 1e-8);
    expectClose(comparison.headline.relative.ci[1] + 1, reference.ratio[1], 'ratio upper', 1e-6, 1e-8);
    expect(comparison.headline.label).toContain('Agresti–Min');
    expect(comparison.significant).toBe(true);
  }, 240_000);

  it('--exact-test boschloo: Boschloo\'s p decides (scipy.stats.boschloo_exact); the score intervals are labelled as not inverting it', () => {
    const reference = unconditional.boschloo.find((u) => u.treatment.x === 12 && u.treatment.n === 40 && u.control.x === 5)!;
    const json = run(csv('boschloo.csv', find(12, 40, 5, 38)), '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact', '--exact-test', 'boschloo', '--json');
    const comparison = JSON.parse(json.stdout).metrics[0].comparisons[0];
    expect(comparison.headline.exactTest).toBe('boschloo');
    expectClose(comparison.headline.pValue, reference.scipy.two, 'p');
    expect(comparison.headline.relative.invertsTest).toBe(false);
    expect(comparison.headline.label).toContain("Boschloo's exact test");
   }, 240_000);

  it('--exact-test without --exact is refused with exit 2', () => {
    const result = run(csv('alone.csv', find(12, 40, 5, 38)), '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact-test', 'score');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--exact-test/);
   }, 240_000);

  it('--exact with --sequential is refused with exit 2', () => {
    const result = run(csv('seq.csv', find(12, 40, 5, 38)), '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--exact', '--sequential');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--exact/);
  });
});
