import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scaledRuns } from '../support/fastCheckSeed.js';
import { livelift } from '../support/livelift.js';
import { minimalScenarioInput } from '../sim/model/minimalScenario.js';

// Whatever a user types and whatever the input file holds: exit 0 or 2, never a stack trace, and
// nothing written outside the output paths the command line names.
const root = mkdtempSync(join(tmpdir(), 'livelift-cli-property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const scenario = JSON.stringify(minimalScenarioInput({}));
const contents = fc.oneof(
  fc.constant(scenario),
  fc.constant(`\uFEFF${scenario}`),
  fc.constant(scenario.replace(/^\{/, '{"seed": 1, "seed": 2, ')),
  fc.constant('arm,y\na,1\na,0\nb,1\nb,0\nb,1\n'),
  fc.constant(Buffer.concat([Buffer.from('arm,y\ncaf'), Buffer.from([0xe9]), Buffer.from(',1\nb,0\n')])),
  fc.constant(''),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ maxLength: 40 }),
);

const option = fc.oneof(
  fc.constantFrom(['--out', 'rep'], ['--out', '.'], ['--out', ''], ['--out', 'input.dat'], ['--out', 'keep'], ['--out', 'rep/inner']),
  fc.constantFrom(['--export-viewers', 'v.csv'], ['--export-viewers', 'rep'], ['--export-viewers', 'keep/notes.txt'], ['--export-viewers', 'input.dat']),
  fc.constantFrom(['--json'], ['--bogus'], ['--seed', '-1'], ['--seed', '7'], ['--workers', '999'], ['--workers', '0']),
  fc.constantFrom(['--replicates', '0'], ['--replicates', 'abc'], ['--replicates', '1e9'], ['--replicates', '-3']),
  fc.constantFrom(['--variant', 'arm'], ['--metric', 'y'], ['--control', 'zz'], ['--summary', 'input.dat']),
  fc.constantFrom(['--param', 'seed'], ['--param', 'nope.x'], ['--values', '1,2'], ['--values', '-5,10'], ['--values', '']),
  fc.constantFrom(['--kind', 'proportion'], ['--baseline', '0.1'], ['--mde', '-0.05'], ['--n', 'x']),
);

const command = fc.constantFrom(
  ['simulate', 'input.dat', '--replicates', '1', '--workers', '1'],
  ['experiment', 'input.dat', '--replicates', '1', '--workers', '1'],
  ['sweep', 'input.dat', '--replicates', '1', '--workers', '1'],
  ['analyze', 'input.dat'],
  ['report', 'input.dat'],
  ['power'],
  ['schema', 'nonsense'],
);

/** Every file and folder under `dir` with a fingerprint of its content. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stats = statSync(path);
      if (stats.isDirectory()) {
        entries.set(path, 'dir');
        walk(path);
      } else entries.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return entries;
}

let runs = 0;

describe('any command line and any input file', () => {
  test('exit 0 or 2, no stack trace, nothing written outside the named outputs (fast-check)', () => {
    fc.assert(
      fc.property(command, fc.array(option, { maxLength: 4 }), contents, (base, options, content) => {
        const cwd = join(root, `run-${runs++}`);
        mkdirSync(join(cwd, 'keep'), { recursive: true });
        writeFileSync(join(cwd, 'keep', 'notes.txt'), 'my notes');
        writeFileSync(join(cwd, 'input.dat'), content);
        const args = [...base, ...options.flat()];
        const before = snapshot(cwd);
        const run = livelift(args, { cwd });
        expect([0, 2], `${args.join(' ')}\n${run.stderr}`).toContain(run.code);
        expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
        const allowed = args.flatMap((arg, index) => (['--out', '--export-viewers'].includes(args[index - 1] ?? '') && arg.trim() !== '' ? [resolve(cwd, arg)] : []));
        const inside = (path: string): boolean => allowed.some((out) => path === out || path.startsWith(out + sep));
        const after = snapshot(cwd);
        for (const [path, fingerprint] of before) if (after.get(path) !== fingerprint) expect(inside(path), `changed ${relative(cwd, path)} by ${args.join(' ')}`).toBe(true);
        for (const path of after.keys()) if (!before.has(path)) expect(inside(path), `created ${relative(cwd, path)} by ${args.join(' ')}`).toBe(true);
        expect(after.get(join(cwd, 'keep', 'notes.txt'))).toBe(before.get(join(cwd, 'keep', 'notes.txt')));
      }),
      { numRuns: scaledRuns(12) },
    );
  }, 600_000);
});
