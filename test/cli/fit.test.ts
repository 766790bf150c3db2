import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { exportSessions, exportSessionsWithMinutes, smallPlan, smallPlanInput } from '../fit/fitFixtures.js';

// Runs the compiled CLI: `npm test` builds first (or run `npx tsc -p .`).
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

function livelift(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-fit-'));
const plan = join(dir, 'plan.json');
writeFileSync(plan, JSON.stringify(smallPlanInput()));
const viewers = join(dir, 'viewers.csv');
exportSessions(smallPlan(), 3, 2, viewers);

describe('livelift fit', () => {
  test('writes a fitted plan that simulate accepts, with checksums and estimates; prints the estimates', () => {
    const out = join(dir, 'fitted.json');
    const report = join(dir, 'report');
    const { code, stdout, stderr } = livelift('fit', plan, '--viewers', viewers, '--out', out, '--simulations', '1', '--report', report, '--check-replicates', '5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/purchase\.baseline/);
    const fitted = JSON.parse(readFileSync(out, 'utf8'));
    expect(fitted.fit.inputs[0]).toEqual({ file: viewers, sha256: createHash('sha256').update(readFileSync(viewers)).digest('hex'), sessions: 2, viewers: expect.any(Number) });
    expect(fitted.fit.estimates.some((e: { held: boolean }) => e.held)).toBe(true);
    expect(readFileSync(join(report, 'report.html'), 'utf8')).toMatch(/Observed against the fitted plan/);
    expect(readFileSync(join(report, 'tables', 'checks.csv'), 'utf8')).toMatch(/Conversion, casual/);
    expect(readFileSync(join(report, 'tables', 'checks.csv'), 'utf8')).toMatch(/Conversion, organic arrivals/);
    expect(readFileSync(join(report, 'tables', 'estimates.csv'), 'utf8')).toMatch(/purchase\.baseline/);
    // fit.json is the result (checked against src/results/fitResult.ts): the fit block with the envelope.
    const { kind, version, ...block } = JSON.parse(readFileSync(join(report, 'fit.json'), 'utf8'));
    expect({ kind, version: typeof version }).toEqual({ kind: 'fit', version: 'string' });
    expect(block).toEqual(fitted.fit);
    expect(livelift('simulate', out, '--replicates', '1', '--workers', '1').code).toBe(0);
    // A plan livelift fit wrote may be replaced by the next fit.
    expect(livelift('fit', plan, '--viewers', viewers, '--out', out, '--simulations', '1').code).toBe(0);
  });

  test('bad input: one message with the file and row, exit 2, nothing written', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'arrival_s,departure_s,segment\n10,20,casual\n30,25,keen\n');
    const out = join(dir, 'never.json');
    const { code, stderr } = livelift('fit', plan, '--viewers', bad, '--out', out);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${bad}: departure_s (row 2): the viewer leaves (25 s) before entering (30 s)`);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  test('never overwrites an input or a file livelift did not write', () => {
    const before = readFileSync(plan, 'utf8');
    expect(livelift('fit', plan, '--viewers', viewers, '--out', plan).code).toBe(2);
    expect(readFileSync(plan, 'utf8')).toBe(before);
    const notes = join(dir, 'notes.json');
    writeFileSync(notes, '{"mine": true}');
    const { code, stderr } = livelift('fit', plan, '--viewers', viewers, '--out', notes);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out: ".*notes\.json" is an existing file livelift did not write; livelift will not replace it; give a new file name, e\.g\. --out fitted\.json/);
    expect(readFileSync(notes, 'utf8')).toBe('{"mine": true}');
  });

  test('options are checked by their schema: a negative seed is named by its option', () => {
    const { code, stderr } = livelift('fit', plan, '--viewers', viewers, '--out', join(dir, 'x.json'), '--seed', '-1');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--seed/);
  });

  test('--minutes that contradict --viewers of the same sessions: exit 2 naming file, row and column, nothing written; agreeing files fit', () => {
    const pairedViewers = join(dir, 'paired-viewers.csv');
    const pairedMinutes = join(dir, 'paired-minutes.csv');
    exportSessionsWithMinutes(smallPlan(), 5, 2, pairedViewers, pairedMinutes);
    const good = join(dir, 'paired.json');
    expect(livelift('fit', plan, '--viewers', pairedViewers, '--minutes', pairedMinutes, '--out', good, '--simulations', '1').code).toBe(0);
    const rows = readFileSync(pairedMinutes, 'utf8').trimEnd().split('\n');
    const fields = rows[3].split(',');
    fields[2] = String(Number(fields[2]) + 2);
    rows[3] = fields.join(',');
    const contradicting = join(dir, 'contradicting-minutes.csv');
    writeFileSync(contradicting, `${rows.join('\n')}\n`);
    const out = join(dir, 'never-minutes.json');
    const { code, stderr } = livelift('fit', plan, '--viewers', pairedViewers, '--minutes', contradicting, '--out', out);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${contradicting}: arrivals (row 3): minute 2 has`);
    expect(stderr).toContain('the files contradict each other');
    expect(existsSync(out)).toBe(false);
  });
});

describe('livelift backtest', () => {
  test('leaves each session out, prints errors and coverage, writes its folder; one session is an InputError', () => {
    const out = join(dir, 'backtest');
    const { code, stdout, stderr } = livelift('backtest', plan, '--viewers', viewers, '--out', out, '--simulations', '1', '--predictions', '5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/coverage of 90% intervals/);
    const result = JSON.parse(readFileSync(join(out, 'backtest.json'), 'utf8'));
    expect(result.folds).toHaveLength(2);
    expect(result).toMatchObject({ kind: 'backtest', version: expect.any(String), seed: expect.any(Number), input: { plan, viewers: [viewers] } });
    expect(result.folds[0].totals.map((t: { metric: string }) => t.metric)).toEqual(['arrivals', 'orders', 'revenue', 'meanWatchSeconds']);
    expect(readFileSync(join(out, 'totals.csv'), 'utf8').split('\r\n')[0]).toBe('file,replicate,metric,observed,predicted,low,high,relative_error,covered');
    const one = join(dir, 'one.csv');
    exportSessions(smallPlan(), 3, 1, one);
    const single = livelift('backtest', plan, '--viewers', one);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/backtest needs at least two sessions/);
  });
});
