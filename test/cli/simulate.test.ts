import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { minimalScenarioInput } from '../sim/model/minimalScenario.js';

// Runs the compiled CLI: `npm test` builds first (or run `npx tsc -p .`).
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

function livelift(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-'));
const plan = join(dir, 'plan.json');
writeFileSync(plan, JSON.stringify(minimalScenarioInput({ plan: [{ type: 'flash_sale', startMinute: 10, endMinute: 15, productId: 'course' }] })));

describe('livelift simulate', () => {
  test('prints a summary table with mean and 95% interval', () => {
    const { code, stdout } = livelift('simulate', plan, '--replicates', '3', '--workers', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Revenue \(R\)/);
    expect(stdout).toMatch(/95% interval/);
  });

  test('--json: contract fields, and the same bytes for --workers 1 and 2; another seed differs', () => {
    const one = livelift('simulate', plan, '--replicates', '4', '--workers', '1', '--seed', '5', '--json');
    const two = livelift('simulate', plan, '--replicates', '4', '--workers', '2', '--seed', '5', '--json');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout) as Record<string, unknown> & { runs: Record<string, unknown>[]; summary: Record<string, { mean: number; ci: number[] }> };
    expect(result.seed).toBe(5);
    expect(result.replicates).toBe(4);
    expect(result.summary.revenue.ci).toHaveLength(2);
    expect(Object.keys(result.runs[0])).toEqual(expect.arrayContaining(['seed', 'events', 'funnel', 'orders', 'revenue', 'peakConcurrentViewers', 'meanWatchSeconds', 'timeline']));
    const other = livelift('simulate', plan, '--replicates', '4', '--workers', '1', '--seed', '6', '--json');
    expect(other.stdout).not.toBe(one.stdout);
  });

  test('--out writes result.json (= --json), summary.csv and timeline.csv; --export-viewers the viewers', () => {
    const out = join(dir, 'out');
    const viewers = join(dir, 'viewers.csv');
    const { code, stdout } = livelift('simulate', plan, '--replicates', '2', '--workers', '1', '--json', '--out', out, '--export-viewers', viewers);
    expect(code).toBe(0);
    expect(readFileSync(join(out, 'result.json'), 'utf8')).toBe(stdout);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toMatch(/^metric,mean,ci_low,ci_high/);
    expect(readFileSync(join(out, 'timeline.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 2 * 30);
    const result = JSON.parse(stdout) as { runs: { funnel: { arrived: number } }[] };
    const rows = readFileSync(viewers, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toMatch(/^replicate,viewer_id,/);
    expect(rows.length - 1).toBe(result.runs[0].funnel.arrived + result.runs[1].funnel.arrived);
  });

  test('an invalid scenario: one message per problem with its path, exit 2, nothing written', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(minimalScenarioInput({ session: { durationMinutes: -5 }, colour: 'red', products: [{ id: 'course', price: 'free' }] })));
    const out = join(dir, 'never');
    const { code, stderr, stdout } = livelift('simulate', bad, '--out', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(stderr).toContain('bad.json: session.durationMinutes:');
    expect(stderr).toContain('bad.json: colour: unknown field "colour"');
    expect(stderr).toContain('bad.json: products[0].price: expected number');
    expect(existsSync(out)).toBe(false);
  });

  test('cross-field problems (shares, overlap, unknown product) exit 2', () => {
    const bad = join(dir, 'cross.json');
    const input = minimalScenarioInput({
      plan: [
        { type: 'qa', startMinute: 0, endMinute: 10 },
        { type: 'pitch', startMinute: 5, endMinute: 12, productId: 'ghost' },
      ],
    });
    input.audience.segments[0].share = 0.7;
    writeFileSync(bad, JSON.stringify(input));
    const { code, stderr } = livelift('simulate', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/audience\.segments: segment shares must sum to 1/);
    expect(stderr).toMatch(/plan\[1\]\.productId: unknown product id "ghost"/);
    expect(stderr).toMatch(/plan\[1\]\.startMinute: segment starts at minute 5, overlapping plan\[0\]/);
  });

  test('invalid JSON (line and column), a missing file, and bad options exit 2', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "name": "x",\n  oops\n}\n');
    const json = livelift('simulate', broken);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/broken\.json: invalid JSON at line 3, column 3/);
    const missing = livelift('simulate', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: file not found/);
    const options = livelift('simulate', plan, '--replicates', '0', '--workers', '1.5');
    expect(options.code).toBe(2);
    expect(options.stderr).toMatch(/--replicates: must be a whole number/);
    expect(options.stderr).toMatch(/--workers: must be a whole number/);
    const overwrite = livelift('simulate', plan, '--export-viewers', plan);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toMatch(/is the input .*writing there would destroy it/);
  });
});

describe('livelift schema', () => {
  test('prints the committed scenario schema; an unknown format exits 2', () => {
    const { code, stdout } = livelift('schema');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(root, 'scenarios/scenario.schema.json'), 'utf8')));
    const unknown = livelift('schema', 'recipe');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown file format "recipe"; expected one of scenario, summary, experiment/);
    const summary = livelift('schema', 'summary');
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toHaveProperty('properties.metrics');
    const experiment = livelift('schema', 'experiment');
    expect(experiment.code).toBe(0);
    expect((JSON.parse(experiment.stdout) as { title: string }).title).toBe('livelift experiment');
  });
});
