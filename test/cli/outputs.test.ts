import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPORT_MARKER } from '../../src/io/reportMarker.js';
import { interruptedLivelift, livelift } from '../support/livelift.js';
import { minimalScenarioInput } from '../sim/model/minimalScenario.js';

// Outputs that never destroy: every refusal exits 2 with one line saying what is there and what
// to do, and leaves the user's files exactly as they were.
const dir = mkdtempSync(join(tmpdir(), 'livelift-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = join(dir, 'plan.json');
writeFileSync(plan, JSON.stringify(minimalScenarioInput({})));

function simulate(cwd: string, ...args: string[]) {
  return livelift(['simulate', plan, '--replicates', '2', '--workers', '1', ...args], { cwd });
}

function fresh(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

describe('--out refuses what livelift did not write (exit 2, nothing touched)', () => {
  test('an existing file', () => {
    const cwd = fresh('file');
    writeFileSync(join(cwd, 'existing.txt'), 'mine');
    const run = simulate(cwd, '--out', 'existing.txt');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('livelift: --out: "existing.txt" is an existing file; livelift writes a report folder and replaces only folders it wrote; give a new folder name, e.g. --out report, or move the file away\n');
    expect(readFileSync(join(cwd, 'existing.txt'), 'utf8')).toBe('mine');
  });

  test('a folder with other content: the files are named and kept', () => {
    const cwd = fresh('docs');
    mkdirSync(join(cwd, 'mydocs', 'sub'), { recursive: true });
    writeFileSync(join(cwd, 'mydocs', 'thesis.docx'), 'years of work');
    const run = simulate(cwd, '--out', 'mydocs');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^livelift: --out: "mydocs" holds files livelift did not write \(sub, thesis\.docx\);.*empty the folder\n$/);
    expect(readdirSync(join(cwd, 'mydocs')).sort()).toEqual(['sub', 'thesis.docx']);
  });

  test.each([['.'], ['..'], [''], ['   ']])('the current folder, a folder holding it, an empty path: %j', (out) => {
    const cwd = fresh('cwd');
    writeFileSync(join(cwd, 'keep.txt'), 'keep');
    const run = simulate(cwd, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(out.trim() === '' ? /--out: the path is empty/ : /--out: ".*" is the current folder/);
    expect(readFileSync(join(cwd, 'keep.txt'), 'utf8')).toBe('keep');
  });

  test('a device', () => {
    const run = simulate(fresh('device'), '--out', '/dev/null');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out: "\/dev\/null" is a device, not a folder/);
  });

  test('a FIFO, as --out and as --export-viewers', () => {
    const cwd = fresh('fifo');
    expect(spawnSync('mkfifo', [join(cwd, 'pipe')]).status).toBe(0);
    expect(simulate(cwd, '--out', 'pipe').stderr).toMatch(/--out: "pipe" is a FIFO \(named pipe\), not a folder/);
    const viewers = simulate(cwd, '--export-viewers', 'pipe');
    expect(viewers.code).toBe(2);
    expect(viewers.stderr).toMatch(/--export-viewers: "pipe" is a FIFO \(named pipe\), not a file/);
  });

  test('the input file, and a folder holding it', () => {
    const cwd = fresh('input');
    expect(simulate(cwd, '--out', plan).stderr).toMatch(/--out: ".*plan\.json" is the input/);
    const inputs = fresh('inputs');
    const copy = join(inputs, 'plan.json');
    writeFileSync(copy, readFileSync(plan));
    const holding = livelift(['simulate', copy, '--out', inputs], { cwd });
    expect(holding.code).toBe(2);
    expect(holding.stderr).toMatch(/--out: ".*" holds the input/);
    expect(JSON.parse(readFileSync(plan, 'utf8'))).toEqual(minimalScenarioInput({}));
  });

  test('--out X --export-viewers X, and --export-viewers inside --out', () => {
    const cwd = fresh('same');
    const same = simulate(cwd, '--out', 'x', '--export-viewers', 'x');
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('livelift: --export-viewers: "x" is also the --out path; give each output its own path\n');
    expect(simulate(cwd, '--out', 'x', '--export-viewers', 'x/v.csv').stderr).toMatch(/--export-viewers: "x\/v\.csv" is inside the --out folder "x"/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  test('--export-viewers: an existing file livelift did not write, and a folder', () => {
    const cwd = fresh('viewers');
    writeFileSync(join(cwd, 'notes.csv'), 'a,b\n1,2\n');
    const run = simulate(cwd, '--export-viewers', 'notes.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--export-viewers: "notes\.csv" is an existing file livelift did not write/);
    expect(readFileSync(join(cwd, 'notes.csv'), 'utf8')).toBe('a,b\n1,2\n');
    mkdirSync(join(cwd, 'folder'));
    expect(simulate(cwd, '--export-viewers', 'folder').stderr).toMatch(/"folder" is a folder/);
  });

  test('the report and analyze commands refuse the same way', () => {
    const cwd = fresh('others');
    writeFileSync(join(cwd, 'existing.txt'), 'mine');
    const data = join(cwd, 'ab.csv');
    writeFileSync(data, 'arm,y\na,1\na,0\nb,1\nb,1\n');
    const analyze = livelift(['analyze', data, '--variant', 'arm', '--metric', 'y', '--out', 'existing.txt'], { cwd });
    expect(analyze.code).toBe(2);
    expect(analyze.stderr).toMatch(/--out: "existing\.txt" is an existing file/);
    const report = livelift(['report', data, '--out', '.'], { cwd });
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/--out: "\." is the current folder/);
  });
});

describe('livelift replaces only what it wrote', () => {
  test('a report folder carries the marker, and a second run replaces it; a viewer CSV it wrote is replaced too', () => {
    const cwd = fresh('again');
    expect(simulate(cwd, '--out', 'rep', '--export-viewers', 'v.csv').code).toBe(0);
    expect(existsSync(join(cwd, 'rep', REPORT_MARKER))).toBe(true);
    const second = simulate(cwd, '--out', 'rep', '--export-viewers', 'v.csv', '--seed', '9');
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'rep', 'result.json'), 'utf8')).seed).toBe(9);
    expect(readdirSync(cwd).sort()).toEqual(['rep', 'v.csv']);
  });

  test('an empty folder is accepted', () => {
    const cwd = fresh('empty');
    mkdirSync(join(cwd, 'rep'));
    expect(simulate(cwd, '--out', 'rep').code).toBe(0);
  });
});

describe('interrupted runs leave nothing', () => {
  const long = ['simulate', plan, '--replicates', '5000', '--workers', '2', '--out', 'rep', '--export-viewers', 'v.csv'];
  const temporaryExists = (cwd: string) => () => readdirSync(cwd).some((name) => name.includes('.livelift-tmp-'));

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes every temporary and exits %i', async (signal, code) => {
    const cwd = fresh(`signal-${signal}`);
    const run = await interruptedLivelift(long, cwd, temporaryExists(cwd), signal);
    expect(run.readyBeforeExit).toBe(true);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(`stopped by ${signal}`);
    expect(readdirSync(cwd)).toEqual([]);
  }, 60_000);

  test('after SIGKILL the one temporary left is removed by the next run at that path', async () => {
    const cwd = fresh('sigkill');
    const run = await interruptedLivelift(long, cwd, temporaryExists(cwd), 'SIGKILL');
    expect(run.readyBeforeExit).toBe(true);
    const left = readdirSync(cwd);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((name) => /^\.v\.csv\.livelift-tmp-\d+$|^\.rep\.livelift-tmp-\d+$/.test(name))).toBe(true);
    expect(simulate(cwd, '--out', 'rep', '--export-viewers', 'v.csv').code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['rep', 'v.csv']);
  }, 60_000);
});
