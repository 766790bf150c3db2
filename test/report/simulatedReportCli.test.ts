/**
 * `livelift report` through the built CLI for every simulated-experiment kind (experiment, sweep,
 * power, bandit), from the saved results of real runs: the folder holds the report's files and
 * result.json exactly as saved. Skipped, with the reason in its name, when dist/ has not been built.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { simulatedResultFile, type SimulatedKind } from './fixtures/simulatedResults.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const built = existsSync(CLI) && existsSync(fileURLToPath(new URL('../../dist/report/buildBanditReport.js', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'livelift-simulated-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPECTED: Record<SimulatedKind, { charts: string[]; tables: string[] }> = {
  experiment: { charts: ['funnel', 'decomposition', 'revenue', 'forest', 'lift-1', 'lift-2'], tables: ['arms.csv', 'comparisons.csv'] },
  sweep: { charts: ['sweep'], tables: ['sweep.csv'] },
  power: { charts: ['power-curve'], tables: ['power.csv', 'requirement.csv'] },
  bandit: { charts: ['season', 'allocation'], tables: ['arms.csv', 'policies.csv'] },
};

describe.skipIf(!built)(`livelift report for simulated experiments${built ? '' : ' (SKIPPED: run npx tsc -p . first)'}`, () => {
  for (const kind of Object.keys(EXPECTED) as SimulatedKind[]) {
    it(`rebuilds the full report of a saved ${kind} result`, () => {
      const out = join(dir, kind);
      const stdout = execFileSync('node', [CLI, 'report', simulatedResultFile(kind), '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const { charts, tables } = EXPECTED[kind];
      expect(stdout).toContain(`Wrote ${2 + 3 * charts.length + tables.length} files to ${out}`);
      const html = readFileSync(join(out, 'report.html'), 'utf8');
      expect(html).toContain(`<body data-kind="${kind}">`);
      for (const chart of charts) expect(html).toContain(`data-chart="${chart}"`);
      expect(readdirSync(join(out, 'tables')).sort()).toEqual(tables);
      expect(readFileSync(join(out, 'result.json'), 'utf8')).toBe(`${JSON.stringify(JSON.parse(readFileSync(simulatedResultFile(kind), 'utf8')), null, 2)}\n`);
    }, 60_000);
  }
});
