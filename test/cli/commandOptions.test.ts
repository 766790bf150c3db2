import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RUN_LIMITS } from '../../src/cli/runOptions.js';
import { exportSessions, smallPlan, smallPlanInput } from '../fit/fitFixtures.js';

// Runs the compiled CLI: `npm test` builds first (or run `npx tsc -p .`).
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function livelift(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-options-'));
const noTrace = /at .*\.js:\d+/;

describe('every command parses its options with its zod schema and names a bad option as typed (exit 2)', () => {
  test('schema: an unknown format names --name and the allowed formats', () => {
    const { code, stdout, stderr } = livelift('schema', 'bogus');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--name: unknown file format "bogus"; expected one of scenario, summary, experiment');
    expect(stderr).not.toMatch(noTrace);
  });

  test('report: an empty result path names --result', () => {
    const { code, stderr } = livelift('report', '', '--out', join(dir, 'report'));
    expect(code).toBe(2);
    expect(stderr).toContain('--result: name a result.json');
    expect(stderr).not.toMatch(noTrace);
  });

  test('fit: a camel-case option is named as the user typed it (--check-replicates)', () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify(smallPlanInput()));
    const { code, stderr } = livelift('fit', plan, '--viewers', join(dir, 'none.csv'), '--out', join(dir, 'fitted.json'), '--check-replicates', '1');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--check-replicates: Too small/);
    expect(stderr).not.toMatch(noTrace);
  });
});

describe('fit, backtest and report run through the one command flow', () => {
  test('backtest --out ends with one "Wrote …" line naming the folder and its files', () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify(smallPlanInput()));
    const viewers = join(dir, 'viewers.csv');
    exportSessions(smallPlan(), 3, 2, viewers);
    const out = join(dir, 'backtest');
    const { code, stdout, stderr } = livelift('backtest', plan, '--viewers', viewers, '--simulations', '1', '--predictions', '5', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Wrote backtest.json, totals.csv and minutes.csv to ${out}`);
    expect(JSON.parse(readFileSync(join(out, 'backtest.json'), 'utf8')).folds.length).toBeGreaterThan(0);
  }, 300_000);
});

describe('analyze caps the number of variants (docs/cli.md, "Limits")', () => {
  test(`more than ${RUN_LIMITS.variants} variants: exit 2 naming --variant and the file, nothing written`, () => {
    const csv = join(dir, 'many.csv');
    const rows = ['arm,converted'];
    for (let arm = 0; arm <= RUN_LIMITS.variants; arm++) rows.push(`v${arm},1`, `v${arm},0`);
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const { code, stdout, stderr } = livelift('analyze', csv, '--variant', 'arm', '--metric', 'converted', '--control', 'v0', '--out', join(dir, 'many-report'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`--variant: ${RUN_LIMITS.variants + 1} variants in column "arm" of ${csv}; livelift analyzes at most ${RUN_LIMITS.variants}`);
    expect(stderr).not.toMatch(noTrace);
  });

  test(`${RUN_LIMITS.variants} variants are analyzed`, () => {
    const csv = join(dir, 'enough.csv');
    const rows = ['arm,converted'];
    for (let arm = 0; arm < RUN_LIMITS.variants; arm++) rows.push(`v${arm},1`, `v${arm},0`);
    writeFileSync(csv, `${rows.join('\n')}\n`);
    expect(livelift('analyze', csv, '--variant', 'arm', '--metric', 'converted', '--control', 'v0', '--json').code).toBe(0);
  }, 60_000);
});
