import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built CLI, as users run it (`npm test` builds first): exit codes, stdout/stderr, files,
// and the same bytes for any number of worker threads.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'test', 'experiments', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-experiment-'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'experiment.js'))) throw new Error('dist/ is missing experiment: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'experiment', ...args], { encoding: 'utf8', cwd: FIXTURES });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift experiment (built CLI)', () => {
  it('same seed, same bytes of --json for 1 and 2 workers (viewer unit, A/B/n, sequential, Bayesian)', () => {
    const one = run('tiny-abn.json', '--json', '--workers', '1');
    const two = run('tiny-abn.json', '--json', '--workers', '2');
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout);
    expect(result).toMatchObject({ kind: 'experiment', seed: 9, replicates: 6, control: 'control' });
    expect(result.comparisons.map((c: { contrast: string; metric: string }) => `${c.contrast}/${c.metric}`)).toEqual([
      'cheaper/revenuePerViewer', 'cheaper/conversion', 'cheaper/averageOrderValue', 'cheaper/watchTime',
      'popup/revenuePerViewer', 'popup/conversion', 'popup/averageOrderValue', 'popup/watchTime',
    ]);
    expect(Object.keys(result.comparisons[0])).toEqual(expect.arrayContaining(['truth', 'estimate', 'power', 'bias', 'coverage', 'sequential', 'bayesian']));
    expect(result.input.scenario.name).toBe('Tiny room');
    const other = run('tiny-abn.json', '--json', '--workers', '1', '--seed', '10');
    expect(other.stdout).not.toBe(one.stdout);
  });

  it('same bytes for 1 and 2 workers with a switchback', () => {
    const one = run('tiny-switchback.json', '--json', '--workers', '1');
    const two = run('tiny-switchback.json', '--json', '--workers', '2');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).comparisons[0].naive).toBeDefined();
  });

  it('prints the arms, the simulated tests and a recommendation; --out writes result.json and CSVs', () => {
    const out = join(dir, 'report');
    const { status, stdout } = run('tiny-abn.json', '--replicates', '3', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Tiny A\/B\/n — unit: viewer; 2 shared sessions per test; 3 simulated tests; seed 9$/m);
    expect(stdout).toMatch(/^If rolled out \(model truth/m);
    expect(stdout).toMatch(/^cheaper vs control +revenue per viewer/m);
    expect(stdout).toMatch(/^Recommendation \((roll-out|keep-control|inconclusive)\):$/m);
    expect(readdirSync(out).sort()).toEqual(['.livelift-report', 'charts', 'data', 'report.html', 'result.json', 'tables']);
    expect(readdirSync(join(out, 'data')).sort()).toEqual(['arms.csv', 'comparisons.csv', 'funnel.csv']);
    expect(readdirSync(join(out, 'tables')).sort()).toEqual(['arms.csv', 'comparisons.csv', 'funnel.csv']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<body data-kind="experiment">');
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result.replicates).toBe(3);
    // The funnel per arm: printed, nested, and its last step is the arm's true conversion.
    expect(stdout).toMatch(/^Funnel if rolled out \(share of arrived viewers\):$/m);
    for (const arm of result.arms) {
      const { engaged, sawLink, clicked, bought } = arm.funnel;
      expect(engaged).toBeGreaterThanOrEqual(sawLink);
      expect(sawLink).toBeGreaterThanOrEqual(clicked);
      expect(clicked).toBeGreaterThanOrEqual(bought);
      expect(bought).toBeGreaterThan(0);
      if (typeof arm.metrics.conversion === 'number') expect(bought).toBe(arm.metrics.conversion);
    }
  });

  it('bad experiment files fail like scenario files: one line per problem with its path, exit 2, nothing written', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({
      name: 'bad',
      scenario: join(FIXTURES, 'tiny-room.json'),
      design: { kind: 'ab', arms: [{ name: 'a' }, { name: 'b', overrides: { host: { charisma: 0.9 }, link: { colour: 'red' } } }] },
      metrics: { primary: 'sales' },
    }));
    const out = join(dir, 'never');
    const { status, stdout, stderr } = run(bad, '--out', out);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^livelift: .*bad\.json: metrics\.primary: Invalid option: expected one of "conversion"/m);
    expect(existsSync(out)).toBe(false);
    writeFileSync(bad, JSON.stringify({ name: 'bad', scenario: join(FIXTURES, 'tiny-room.json'), design: { kind: 'ab', arms: [{ name: 'a' }, { name: 'b', overrides: { host: { charisma: 0.9 }, link: { colour: 'red' } } }] } }));
    const merged = run(bad);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/^livelift: .*bad\.json: design\.arms\[1\]\.overrides\.link\.colour: unknown field "colour"/m);
  });

  it('a viewer-level arm changing the host says to randomize by session; options are checked', () => {
    const file = join(dir, 'host.json');
    writeFileSync(file, JSON.stringify({ name: 'host', scenario: join(FIXTURES, 'tiny-room.json'), design: { kind: 'ab', arms: [{ name: 'a' }, { name: 'b', overrides: { host: { charisma: 0.9 } } }] } }));
    const { status, stderr } = run(file);
    expect(status).toBe(2);
    expect(stderr).toMatch(/design\.arms\[1\]\.overrides\.host\.charisma: "host\.charisma" cannot differ between viewers of one shared room.*use unit "session"/);
    const options = run('tiny-abn.json', '--replicates', '0', '--workers', '-1');
    expect(options.status).toBe(2);
    expect(options.stderr).toMatch(/--replicates: must be a whole number/);
    expect(options.stderr).toMatch(/--workers: must be a whole number/);
    const missing = run('missing.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json: file not found/);
  });

  it('refuses an --out folder that holds the experiment file', () => {
    const { status, stderr } = run('tiny-abn.json', '--out', '.');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--out: "\." is the current folder/);
  });
});
