import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyExperiment } from './tinyRooms.js';

const main = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

function livelift(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift power <experiment> (built CLI, simulation mode)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: run npm run build (npm test does)');
    dir = mkdtempSync(join(tmpdir(), 'livelift-power-'));
    file = join(dir, 'coupon.json');
    const experiment = tinyExperiment({ unit: 'viewer', primary: 'conversion', sessionsPerArm: 2, treatment: { coupon: { value: 40, adEffect: 0.3 } } });
    writeFileSync(file, JSON.stringify({ ...experiment, replicates: 16 }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json: kind "power", and the same bytes for --workers 1 and 2', () => {
    const one = livelift('power', file, '--workers', '1', '--seed', '4', '--json', '--target-power', '0.7');
    const two = livelift('power', file, '--workers', '2', '--seed', '4', '--json', '--target-power', '0.7');
    expect(one.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout);
    expect(result).toMatchObject({ kind: 'power', seed: 4, replicates: 16, targetPower: 0.7, sizeUnit: 'viewers', metric: 'conversion' });
    expect(result.points.length).toBeGreaterThanOrEqual(2);
  });

  it('prints the power curve, the simulated size beside the analytic one and the design effect; --out writes the report, result.json and the tables', () => {
    const out = join(dir, 'plan');
    const { code, stdout } = livelift('power', file, '--workers', '1', '--seed', '4', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Power by simulation: /);
    expect(stdout).toMatch(/Simulation: \d+ shared sessions ≈ [\d,]+ viewers per arm/);
    expect(stdout).toMatch(/Analytic two-proportion z-test, viewers independent: [\d,]+ viewers per arm/);
    expect(stdout).toMatch(/Design effect: \d+\.\d\d×/);
    expect(stdout).toContain(`Wrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${out}`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/<svg/);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).kind).toBe('power');
    expect(readFileSync(join(out, 'data', 'power-curve.csv'), 'utf8')).toMatch(/^Shared sessions,Viewers per arm \(control\),Power,/);
    expect(readFileSync(join(out, 'data', 'plan.csv'), 'utf8')).toContain('simulation');
  });

  it('bad input exits 2 with the option named, and writes nothing', () => {
    const analytic = livelift('power', file, '--kind', 'proportion', '--alpha', '0.1');
    expect(analytic.code).toBe(2);
    expect(analytic.stderr).toMatch(/--kind: is an option of analytic planning/);
    expect(analytic.stderr).toMatch(/--alpha: is an option of analytic planning/);
    const target = livelift('power', file, '--target-power', '1.5', '--out', join(dir, 'never'));
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/--target-power: must be in \(0, 1\)/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
    const missing = livelift('power', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json.*file not found/);
    const noFile = livelift('power', '--kind', 'proportion', '--baseline', '0.1', '--mde', '0.01', '--replicates', '10');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/--replicates: applies to planning by simulation only/);
  });
});
