import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyScenario } from '../simulatedPower/tinyRooms.js';

const main = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

function livelift(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift experiment <bandit file> (built CLI)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: run npm run build (npm test does)');
    dir = mkdtempSync(join(tmpdir(), 'livelift-bandit-'));
    file = join(dir, 'hosts.json');
    const host = (name: string, charisma: number) => ({ name, overrides: { host: { name, charisma } } });
    writeFileSync(
      file,
      JSON.stringify({
        name: 'tiny hosts',
        scenario: tinyScenario({ purchase: { baseline: -3, socialProof: 0, crowd: 0, chatBuzz: 0 } }),
        design: { kind: 'bandit', arms: [host('calm', 0.3), host('star', 0.9)], sessionsPerSeason: 8, burnInSessionsPerArm: 2 },
        replicates: 3,
        seed: 12,
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json: kind "bandit", the same bytes for --workers 1 and 2', () => {
    const one = livelift('experiment', file, '--workers', '1', '--json');
    const two = livelift('experiment', file, '--workers', '2', '--json');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const result = JSON.parse(one.stdout);
    expect(result).toMatchObject({ kind: 'bandit', seed: 12, replicates: 3, sessionsPerSeason: 8, warmupSessionsPerArm: 2 });
    expect(result.notes.map((note: { code: string }) => note.code)).not.toContain('WARMUP_RAISED');
  });

  it('prints the arms, the policies and the recommendation; --out writes result.json and the tables', () => {
    const out = join(dir, 'result');
    const { code, stdout } = livelift('experiment', file, '--workers', '1', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Bandit: tiny hosts — 2 arms, seasons of 8 sessions, 3 replicates/);
    expect(stdout).toMatch(/star earns the most per session/);
    expect(stdout).toMatch(/Thompson sampling gave star \d+% of the 8 sessions \(a fixed split: 50%\)/);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).kind).toBe('bandit');
    expect(readFileSync(join(out, 'tables', 'policies.csv'), 'utf8')).toMatch(/^Policy,Season revenue/);
  });

  it('bad options exit 2 with the option named', () => {
    const bad = livelift('experiment', file, '--replicates', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--replicates: must be a whole number/);
  });
});
