import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { reportFromResult, reportFromResultFile } from '../../src/report/reportFromResult.js';
import { RESULT_REPORT_BUILDERS } from '../../src/report/resultReportBuilders.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-result-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(run: () => unknown): { file?: string; path?: string; message: string }[] {
  return inputErrorOf(run).problems;
}

describe('reportFromResultFile', () => {
  it('names a missing file', () => {
    const file = join(dir, 'missing.json');
    expect(problemsOf(() => reportFromResultFile(file))).toEqual([{ file, message: 'file not found' }]);
  });

  it('says where the JSON is broken', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "kind": "simulation",\n  oops\n}');
    const [problem] = problemsOf(() => reportFromResultFile(file));
    expect(problem.file).toBe(file);
    expect(problem.message).toMatch(/^invalid JSON at line 3, column 3/);
  });
});

describe('reportFromResult', () => {
  it.each([[null], [[1, 2]], ['text'], [3]])('refuses %j: not a result object', (value) => {
    expect(problemsOf(() => reportFromResult(value, 'r.json'))[0].message).toMatch(/expected a livelift result/);
  });

  it('refuses a result without a string kind', () => {
    expect(problemsOf(() => reportFromResult({ kind: 3 }, 'r.json'))).toEqual([
      expect.objectContaining({ file: 'r.json', path: 'kind', message: expect.stringMatching(/missing or not a string/) }),
    ]);
  });

  it('refuses an unknown kind and lists the known ones', () => {
    const [problem] = problemsOf(() => reportFromResult({ kind: 'horoscope' }, 'r.json'));
    expect(problem.path).toBe('kind');
    expect(problem.message).toContain('unknown result kind "horoscope"');
    for (const kind of Object.keys(RESULT_REPORT_BUILDERS)) expect(problem.message).toContain(kind);
  });

  it('does not treat inherited object properties as kinds', () => {
    expect(problemsOf(() => reportFromResult({ kind: 'toString' }))[0].message).toContain('unknown result kind "toString"');
  });
});
