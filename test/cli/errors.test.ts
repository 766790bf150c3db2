import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, livelift } from '../support/livelift.js';
import { minimalScenarioInput } from '../sim/model/minimalScenario.js';

// No stack trace from anything a user can do: one line naming the culprit, exit 2.
const dir = mkdtempSync(join(tmpdir(), 'livelift-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = join(dir, 'plan.json');
writeFileSync(plan, JSON.stringify(minimalScenarioInput({})));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('I/O conditions', () => {
  test('`livelift schema | head -c 10`: no crash, no stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" schema | head -c 10`], { encoding: 'utf8' });
    expect(result.stdout).toBe('{\n  "$sche');
    noStack(result.stderr);
  });

  test('a folder given as the CSV (EISDIR) names the path', () => {
    const run = livelift(['analyze', dir, '--variant', 'arm', '--metric', 'y']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`livelift: ${dir}: is a folder, expected a file (EISDIR, read)\n`);
  });

  test('an unwritable output folder (EACCES) is one line with the path', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to test
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    const run = livelift(['simulate', plan, '--replicates', '1', '--workers', '1', '--out', join(locked, 'rep')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/locked.*permission denied \(EACCES/);
  });
});

describe('inputs', () => {
  test('a UTF-8 BOM in a scenario is accepted; a duplicate key and __proto__ are problems', () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${JSON.stringify(minimalScenarioInput({}))}`);
    expect(livelift(['simulate', bom, '--replicates', '1', '--workers', '1']).code).toBe(0);
    const dup = join(dir, 'dup.json');
    writeFileSync(dup, JSON.stringify(minimalScenarioInput({})).replace(/^\{/, '{"seed": 4, "__proto__": {}, "seed": 5, '));
    const run = livelift(['simulate', dup]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dup.json: seed: the key "seed" appears twice');
    expect(run.stderr).toContain('dup.json: __proto__: a key named "__proto__" is not allowed');
  });

  test('a non-UTF-8 scenario is refused with the byte offset', () => {
    const latin = join(dir, 'latin.json');
    writeFileSync(latin, Buffer.concat([Buffer.from('{"name": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const run = livelift(['simulate', latin]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`livelift: ${latin}: not UTF-8: byte 0xe9 at byte offset 13 (line 1); save the file as UTF-8\n`);
  });

  test('"perMinute": 1e12 is refused before any work, with the maximum', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, JSON.stringify(minimalScenarioInput({ traffic: { arrivals: { kind: 'constant', perMinute: 1e12 } } })));
    const run = livelift(['simulate', huge]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/traffic\.arrivals\.perMinute: .*100000/);
  });

  test('an experiment whose base scenario is missing names the experiment file and its scenario field', () => {
    const experiment = join(dir, 'exp.json');
    writeFileSync(experiment, JSON.stringify({ name: 'x', scenario: 'nope.json', design: { kind: 'ab', arms: [{ name: 'a' }, { name: 'b' }] } }));
    const run = livelift(['experiment', experiment]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^livelift: .*exp\.json: scenario: the base scenario "nope\.json" was not found/);
  });
});

describe('options', () => {
  test('a misspelled --param is the option\'s fault, said once', () => {
    const run = livelift(['sweep', plan, '--param', 'bogus.path', '--values', '1,2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('livelift: --param: bogus.path: bogus: unknown field "bogus" (check the spelling; see livelift schema)\n');
  });

  test('--values -5,10 parses (the -5 then fails validation as a value, not as an unknown flag)', () => {
    const run = livelift(['sweep', plan, '--param', 'products[0].price', '--values', '-5,10']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/Unknown argument/);
    expect(run.stderr).toMatch(/--values \(-5\)/);
  });

  test('the replicate limit is the same for simulate and experiment', () => {
    const simulate = livelift(['simulate', plan, '--replicates', '1000000']);
    const file = join(dir, 'exp-ok.json');
    writeFileSync(file, JSON.stringify({ name: 'x', scenario: plan, design: { kind: 'ab', arms: [{ name: 'a' }, { name: 'b' }] } }));
    const experiment = livelift(['experiment', file, '--replicates', '1000000']);
    expect(simulate.stderr).toBe('livelift: --replicates: must be a whole number from 1 to 100000, got 1000000\n');
    expect(experiment.stderr).toMatch(/--replicates: must be a whole number from 1 to 100000, got 1000000/);
  });

  test('a result too big to hold is refused before the work, with the estimate', () => {
    const run = livelift(['simulate', plan, '--replicates', '100000']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^livelift: --replicates: 100000 replicates of a 30-minute session make a result of about \d+ MB .* run at most \d+ replicates\n$/);
  });

  test('--workers above the cores is capped, with a note', () => {
    const run = livelift(['simulate', plan, '--replicates', '1', '--workers', '256']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`note: --workers 256 capped at ${availableParallelism()}, the CPU cores`);
  });

  test('--version prints the version', () => {
    const run = livelift(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
