import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built CLI (`npm test` builds first): livelift sweep.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'test', 'experiments', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-sweep-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'sweep.js'))) throw new Error('dist/ is missing sweep: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'sweep', ...args], { encoding: 'utf8', cwd: FIXTURES });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PRICE = ['tiny-room.json', '--param', 'products[0].price', '--values', '29:149:40', '--replicates', '6'];

describe('livelift sweep (built CLI)', () => {
  it('same seed, same bytes of --json for 1 and 2 workers; revenue and conversion per value; an optimum on the grid', () => {
    const one = run(...PRICE, '--json', '--workers', '1');
    const two = run(...PRICE, '--json', '--workers', '2');
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout);
    expect(result).toMatchObject({ kind: 'sweep', parameter: 'products[0].price', replicates: 6, seed: 11 });
    expect(result.points.map((point: { value: number }) => point.value)).toEqual([29, 69, 109, 149]);
    const conversions = result.points.map((point: { conversion: { mean: number } }) => point.conversion.mean);
    expect(conversions).toEqual([...conversions].sort((a, b) => b - a));
    expect([29, 69, 109, 149]).toContain(result.optimum.value);
    const [low, high] = result.optimum.interval;
    expect(low).toBeLessThanOrEqual(result.optimum.value);
    expect(high).toBeGreaterThanOrEqual(result.optimum.value);
    const probabilities = result.points.reduce((total: number, point: { probabilityBest: number }) => total + point.probabilityBest, 0);
    expect(probabilities).toBeCloseTo(1, 12);
  });

  it('prints a table with the optimum and writes result.json and tables/sweep.csv with --out', () => {
    const out = join(dir, 'sweep');
    const { status, stdout } = run(...PRICE, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^tiny-room: sweep of products\[0\]\.price; 1 session\(s\) per value per replicate; 6 replicates; seed 11$/m);
    expect(stdout).toMatch(/← optimum/);
    expect(stdout).toMatch(/^Revenue-optimal value: \d+ \(95% bootstrap interval of the optimum: \d+ to \d+\)\.$/m);
    expect(readdirSync(join(out, 'data'))).toEqual(['sweep.csv']);
    expect(readdirSync(join(out, 'charts')).sort()).toEqual(['sweep.png', 'sweep.svg', 'sweep.vl.json']);
    expect(readFileSync(join(out, 'data', 'sweep.csv'), 'utf8').split('\r\n')[0]).toMatch(/^products\[0\]\.price,Revenue per session \(CNY\)/);
  });

  it('sweeps words too (no interval for the optimum)', () => {
    const { status, stdout } = run('tiny-room.json', '--param', 'link.placement', '--values', 'pinned,description_only', '--replicates', '3', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).optimum.interval).toBeNull();
  });

  it('bad input: exit 2 with the option named, nothing written', () => {
    const out = join(dir, 'never');
    const path = run('tiny-room.json', '--param', 'products[3].price', '--values', '1,2', '--out', out);
    expect(path.status).toBe(2);
    expect(path.stderr.trim().split('\n')).toEqual(['livelift: --param: cannot set "products[3].price" in the base scenario: index [3] is out of range: the list has 1 item(s)']);
    const value = run('tiny-room.json', '--param', 'products[0].price', '--values', '99,-5', '--out', out);
    expect(value.status).toBe(2);
    expect(value.stderr).toMatch(/^livelift: --values \(-5\): .*>0/m);
    const field = run('tiny-room.json', '--param', 'products[0].prize', '--values', '1,2');
    expect(field.status).toBe(2);
    expect(field.stderr).toMatch(/unknown field "prize"/);
    const values = run('tiny-room.json', '--param', 'products[0].price', '--values', '99');
    expect(values.status).toBe(2);
    expect(values.stderr).toMatch(/--values: give at least two values/);
    expect(existsSync(out)).toBe(false);
  });

  it('promotion budget of the issue: with --objective profit the largest spend is not optimal; profit = revenue − spend without costs; revenue stays the default objective', () => {
    const scenario = join(ROOT, 'scenarios', 'python-course-launch.json');
    const budget = [scenario, '--param', 'traffic.promotion.budget', '--values', '0,40000,100000', '--replicates', '3', '--json'];
    const profit = run(...budget, '--objective', 'profit');
    expect(profit.stderr).toBe('');
    expect(profit.status).toBe(0);
    const result = JSON.parse(profit.stdout);
    expect(result.objective).toBe('profit');
    expect(result.optimum.value).not.toBe(100000);
    for (const point of result.points) expect(point.profitPerSession.mean).toBeCloseTo(point.revenuePerSession.mean - point.value, 6);
    // More spend never lowers revenue here, so a revenue objective picks a big budget; profit pays for it.
    const revenues = result.points.map((point: { revenuePerSession: { mean: number } }) => point.revenuePerSession.mean);
    expect(revenues[2]).toBeGreaterThan(revenues[0]);
    const profits = result.points.map((point: { profitPerSession: { mean: number } }) => point.profitPerSession.mean);
    expect(profits[2]).toBeLessThan(Math.max(profits[0], profits[1]));
    const byRevenue = JSON.parse(run(...budget).stdout);
    expect(byRevenue.objective).toBe('revenue');
    expect(byRevenue.optimum.value).not.toBe(0);
  });

  it('a scenario with costs makes profit the default objective; --objective revenue overrides it; the table shows profit', () => {
    const scenario = JSON.parse(readFileSync(join(FIXTURES, 'tiny-room.json'), 'utf8'));
    const withCosts = join(dir, 'tiny-room-costs.json');
    writeFileSync(withCosts, JSON.stringify({ ...scenario, costs: { hostFee: 500, perOrder: 10 } }));
    const args = [withCosts, '--param', 'traffic.promotion.budget', '--values', '0,5000,20000', '--replicates', '4'];
    const byDefault = JSON.parse(run(...args, '--json').stdout);
    expect(byDefault.objective).toBe('profit');
    expect(byDefault.optimum.value).not.toBe(20000);
    for (const point of byDefault.points) expect(point.profitPerSession.mean).toBeLessThanOrEqual(point.revenuePerSession.mean - point.value - 500 + 1e-9);
    expect(JSON.parse(run(...args, '--json', '--objective', 'revenue').stdout).objective).toBe('revenue');
    const text = run(...args).stdout;
    expect(text).toMatch(/profit\/session \(CNY\)/);
    expect(text).toMatch(/^Profit-optimal value: /m);
    const bad = run(...args, '--objective', 'margin');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/objective/);
  });
});
