/**
 * End to end through the built CLI (`npm test` builds dist/ first): `livelift analyze --json`
 * and `livelift simulate --json` feed `livelift report`, so a drift between a command's output and
 * the report's reading of it fails here. Skipped, with the reason in its name, when dist/ has not been built.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const built = existsSync(CLI) && existsSync(fileURLToPath(new URL('../../dist/cli/commands/report.js', import.meta.url)));
const dir = mkdtempSync(join(tmpdir(), 'livelift-report-cli-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small per-user CSV: two arms, a conversion and a revenue column, a traffic source. */
function writeOrders(file: string): void {
  const lines = ['user_id,arm,converted,revenue,source'];
  for (let user = 0; user < 600; user++) {
    const arm = user % 2 === 0 ? 'control' : '<i>bundle</i>';
    const converted = (user * 7919) % 100 < (arm === 'control' ? 5 : 9) ? 1 : 0;
    lines.push(`${user},"${arm}",${converted},${converted ? 99 + (user % 200) : 0},${['ads', 'feed', 'followers'][user % 3]}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

describe.skipIf(!built)(`livelift report through the CLI${built ? '' : ' (SKIPPED: run npx tsc -p . first)'}`, () => {
  it('turns a real analyze result into a full report', () => {
    const orders = join(dir, 'orders.csv');
    writeOrders(orders);
    const json = execFileSync('node', [CLI, 'analyze', orders, '--variant', 'arm', '--control', 'control', '--metric', 'converted', '--metric', 'revenue', '--bayesian', '--correction', 'holm', '--segment', 'source', '--json'], { encoding: 'utf8' });
    const resultFile = join(dir, 'result.json');
    writeFileSync(resultFile, json);
    const out = join(dir, 'report');
    const stdout = execFileSync('node', [CLI, 'report', resultFile, '--out', out], { encoding: 'utf8' });
    // report.html, result.json, six charts × (spec, SVG, PNG), three CSV tables (metrics, comparisons, heterogeneity by segment).
    expect(stdout).toContain(`Wrote 23 files to ${out}`);
    expect(readFileSync(join(out, 'tables', 'heterogeneity.csv'), 'utf8')).toContain("Cochran's Q");
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const chart of ['forest', 'posterior-1', 'posterior-2', 'segments-1', 'segments-2', 'srm']) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).toContain('&lt;i&gt;bundle&lt;/i&gt;');
    expect(html).not.toContain('<i>bundle');
  });

  it('turns a real simulate result into a full report', () => {
    const scenario = fileURLToPath(new URL('../../scenarios/ebook-night.json', import.meta.url));
    const json = execFileSync('node', [CLI, 'simulate', scenario, '--replicates', '2', '--workers', '1', '--json'], { encoding: 'utf8' });
    const resultFile = join(dir, 'simulation.json');
    writeFileSync(resultFile, json);
    const out = join(dir, 'simulation-report');
    execFileSync('node', [CLI, 'report', resultFile, '--out', out], { encoding: 'utf8' });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    for (const chart of ['funnel', 'timeline', 'decomposition']) expect(html).toContain(`data-chart="${chart}"`);
    expect(html).toContain('<body data-kind="simulation">');
    expect(readFileSync(join(out, 'result.json'), 'utf8')).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
  });

  it('exits with code 2 and names the file for a result it cannot read', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind": "analysis", "alpha": "high"}');
    const run = spawnSync('node', [CLI, 'report', bad, '--out', join(dir, 'never')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`livelift: ${bad}: alpha:`);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
