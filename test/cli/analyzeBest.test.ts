import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '../stats/goldenHelpers.js';

// `livelift analyze --bayesian` with three arms (built CLI): each arm's probability to be best,
// against scipy quad (test/fixtures/stats/make_best_fixtures.py → bayesian_best.json, first case:
// 10/100, 15/100, 13/100 → Beta(11, 91), Beta(16, 86), Beta(14, 88)).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-best-'));
const reference = loadFixture<{ name: string; probabilities: number[] }[]>('bayesian_best.json').find((c) => c.name === 'three conversion arms')!;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(): string {
  const rows = (arm: string, x: number, n: number) => Array.from({ length: n }, (_, i) => `${arm},${i < x ? 1 : 0}`);
  const path = join(dir, 'three.csv');
  writeFileSync(path, ['arm,conv', ...rows('A', 10, 100), ...rows('B', 15, 100), ...rows('C', 13, 100)].join('\n') + '\n');
  return path;
}

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });

describe('livelift analyze --bayesian, three arms (built CLI)', () => {
  it('gives every arm its probability to be best in the JSON, the terminal and the report, the same numbers', () => {
    const file = csv();
    const args = [file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--bayesian'];
    const json = run(...args, '--json');
    expect(json.stderr).toBe('');
    const variants = JSON.parse(json.stdout).metrics[0].variants as { name: string; probabilityToBeBest: number }[];
    variants.forEach((variant, i) => expectClose(variant.probabilityToBeBest, reference.probabilities[i], variant.name));
    expectClose(variants.reduce((sum, variant) => sum + variant.probabilityToBeBest, 0), 1, 'sum', 1e-9);
    const text = run(...args);
    expect(text.stdout).toContain('P(best), Bayesian (Beta posteriors per arm): A 8.4%, B 60.5%, C 31.1%');
    const out = join(dir, 'report');
    const saved = run(...args, '--out', out);
    expect(saved.status).toBe(0);
    const tables = readdirSync(join(out, 'tables'));
    const metrics = readFileSync(join(out, 'tables', tables.find((name) => name.startsWith('metrics'))!), 'utf8');
    expect(metrics).toMatch(/Probability to be best/);
    expect(metrics).toContain(String(variants[1].probabilityToBeBest).slice(0, 8));
  }, 240_000);

  it('without --bayesian, or with two arms, there is no probability to be best', () => {
    const file = csv();
    const plain = JSON.parse(run(file, '--variant', 'arm', '--control', 'A', '--metric', 'conv', '--json').stdout);
    expect(plain.metrics[0].variants[0].probabilityToBeBest).toBeUndefined();
  }, 120_000);
});
