import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '../stats/goldenHelpers.js';

// `livelift analyze --non-inferiority / --equivalence / --segment` as users run them (built CLI);
// expected numbers from statsmodels (test/fixtures/stats/make_decisions_fixtures.py → decisions.json).
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const SEGMENTS = join(ROOT, 'test', 'analysis', 'fixtures', 'segments.csv');
const dir = mkdtempSync(join(tmpdir(), 'livelift-cli-decisions-'));

interface MarginCase {
  name: string;
  control: number[];
  treatment: number[];
  margin: number;
  pLower: number;
  pUpper: number;
  ci: [number, number];
}
const { margins, heterogeneity } = loadFixture<{ margins: MarginCase[]; heterogeneity: { metric: string; variant: string; statistic: number; pValue: number }[] }>('decisions.json');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('livelift analyze margins and heterogeneity (built CLI)', () => {
  it('--equivalence with an absolute margin: TOST p and the 90% interval of statsmodels ttost_ind', () => {
    const c = margins.find((entry) => entry.name === 'means absolute equivalence')!;
    const path = join(dir, 'equivalence.csv');
    writeFileSync(path, ['arm,spend', ...c.control.map((x) => `A,${x}`), ...c.treatment.map((x) => `B,${x}`)].join('\n') + '\n');
    const json = run(path, '--variant', 'arm', '--metric', 'spend', '--equivalence', String(c.margin), '--json');
    expect(json.status, json.stderr).toBe(0);
    const margin = JSON.parse(json.stdout).metrics[0].comparisons[0].margin;
    expectClose(margin.pLower, c.pLower, 'p lower');
    expectClose(margin.pUpper, c.pUpper, 'p upper');
    expectClose(margin.pValue, Math.max(c.pLower, c.pUpper), 'TOST p');
    expectClose(margin.ci[0], c.ci[0], 'ci low');
    expectClose(margin.ci[1], c.ci[1], 'ci high');
    expect(margin.conclusion).toBe(Math.max(c.pLower, c.pUpper) < 0.05 ? 'equivalent' : 'not shown');
    const text = run(path, '--variant', 'arm', '--metric', 'spend', '--equivalence', String(c.margin));
    expect(text.stdout).toContain(`equivalence of B to A on spend not shown (margin ±${c.margin}, absolute): 90% CI`);
  });

  it('--segment: the heterogeneity test in the JSON, the terminal and the report tables', () => {
    const json = run(SEGMENTS, '--variant', 'arm', '--metric', 'spend', '--segment', 'region', '--json');
    expect(json.status, json.stderr).toBe(0);
    const comparisons = JSON.parse(json.stdout).metrics[0].comparisons;
    for (const c of heterogeneity.filter((entry) => entry.metric === 'spend')) {
      const found = comparisons.find((comparison: { variant: string }) => comparison.variant === c.variant).heterogeneity;
      expectClose(found.statistic, c.statistic, 'Q');
      expectClose(found.pValue, c.pValue, 'p');
    }
    const text = run(SEGMENTS, '--variant', 'arm', '--metric', 'spend', '--segment', 'region');
    expect(text.stdout).toMatch(/B on spend: the effect does not differ significantly between segments \(Cochran's Q = 1\.26, df 2, p = 0\.53\)/);
    expect(text.stdout).toContain('per segment (holm-adjusted p across segments): east 0.038, north 0.81, south 0.81');
    const out = join(dir, 'report');
    const report = run(SEGMENTS, '--variant', 'arm', '--metric', 'spend', '--segment', 'region', '--non-inferiority', '5%', '--out', out);
    expect(report.status, report.stderr).toBe(0);
    expect(existsSync(join(out, 'tables', 'heterogeneity.csv'))).toBe(true);
    expect(existsSync(join(out, 'tables', 'margins.csv'))).toBe(true);
  });

  it('a bad margin is refused with exit 2, naming the option, no stack trace', () => {
    const result = run(SEGMENTS, '--variant', 'arm', '--metric', 'spend', '--non-inferiority', '-3%');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--non-inferiority');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('docs/analyze.md: the worked examples of "Non-inferiority, equivalence and heterogeneity by segment"', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'analyze.md'), 'utf8');
  const section = doc.split('## Non-inferiority, equivalence and heterogeneity by segment')[1].split('\n## ')[0];
  const examples = [...section.matchAll(/```sh\nlivelift analyze (.+)\n```\n\n```text\n([\s\S]*?)\n```/g)];

  it('has three examples', () => expect(examples.length).toBe(3));
  for (const [, command, output] of examples) {
    it(command, () => {
      const result = spawnSync(process.execPath, [CLI, 'analyze', ...command.split(' ')], { encoding: 'utf8', cwd: ROOT });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(output);
    });
  }
});
