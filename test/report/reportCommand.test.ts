import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/cli/commands/report.js';
import { InputError } from '../../src/io/inputError.js';
import { analysisResult } from './fixtures/analysisResult.js';

const dir = mkdtempSync(join(tmpdir(), 'livelift-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runReport(result: string, out: string): Promise<string> {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await (reportCommand.handler as (argv: object) => Promise<void>)({ result, out, _: [], $0: 'livelift' });
    return write.mock.calls.map((call) => String(call[0])).join('');
  } finally {
    write.mockRestore();
  }
}

describe('livelift report', () => {
  it('rebuilds a report from a saved analysis result, and again from its own result.json, byte for byte', async () => {
    const input = join(dir, 'analysis.json');
    writeFileSync(input, JSON.stringify(analysisResult()));
    const first = join(dir, 'first');
    expect(await runReport(input, first)).toMatch(/^Wrote 1[0-9] files to .*first \(open .*report\.html\)\n$/);
    for (const file of ['report.html', 'result.json', 'charts/forest.vl.json', 'charts/srm.png', 'tables/comparisons.csv']) {
      expect(existsSync(join(first, file)), file).toBe(true);
    }
    const second = join(dir, 'second');
    await runReport(join(first, 'result.json'), second);
    expect(readFileSync(join(second, 'report.html'), 'utf8')).toBe(readFileSync(join(first, 'report.html'), 'utf8'));
  });

  it('refuses to write over the folder holding its input', async () => {
    const folder = join(dir, 'holder');
    const input = join(folder, 'result.json');
    await runReport(join(dir, 'analysis.json'), folder);
    await expect(runReport(input, folder)).rejects.toThrow(InputError);
  });

  it('names the file and the field of an unknown kind', async () => {
    const input = join(dir, 'unknown.json');
    writeFileSync(input, '{"kind": "horoscope"}');
    await expect(runReport(input, join(dir, 'never'))).rejects.toThrow(`${input}: kind: unknown result kind "horoscope"`);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
