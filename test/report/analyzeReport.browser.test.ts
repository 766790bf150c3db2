/**
 * Opens the report of `livelift analyze` with segments, CUPED and --date in Debian's headless
 * Chromium (playwright-core) and finds what issue 11 asks a reader to see: the segment rows of
 * the comparisons table, the treatment × segment heterogeneity table, the CUPED-adjusted
 * decision, and the over-time chart and table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { haveChromium, inCi, missingChromium as missing, openInChromium } from './helpers/openInChromium.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const CSV = join(ROOT, 'test', 'analysis', 'fixtures', 'over_time.csv');
const workDir = mkdtempSync(join(tmpdir(), 'livelift-analyze-browser-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

if (!haveChromium && !inCi) console.warn(`livelift analyze browser test skipped: ${missing}`);

describe('analyze report.html (segments, CUPED, --date) in headless Chromium', () => {
  if (!haveChromium && inCi) {
    it('needs Chromium on CI', () => {
      throw new Error(missing);
    });
    return;
  }

  it.skipIf(!haveChromium)(`shows the segment table, the heterogeneity test, the CUPED decision and the over-time chart${haveChromium ? '' : ` (SKIPPED: ${missing})`}`, async () => {
    if (!existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const out = join(workDir, 'report');
    const args = [CLI, 'analyze', CSV, '--variant', 'arm', '--metric', 'spend', '--metric', 'clicked', '--covariate', 'spend=pre_spend', '--segment', 'region', '--date', 'day', '--out', out];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    await openInChromium(join(out, 'report.html'), workDir, async ({ page, problems }) => {
      // Segment table: the comparisons table carries a row per segment with its interval.
      const comparisons = page.locator('section.table[data-table="comparisons"]');
      await expect(comparisons.locator('th', { hasText: 'region' }).count()).resolves.toBe(1);
      for (const region of ['east', 'north', 'south']) {
        expect(await comparisons.locator('tr', { hasText: region }).count(), `rows of segment ${region}`).toBe(2);
      }
      // Heterogeneity: Cochran's Q per metric × variant, with the segments' corrected p-values.
      const heterogeneity = page.locator('section.table[data-table="heterogeneity"]');
      expect(await heterogeneity.locator('h2, h3, caption').first().textContent()).toContain('Does the effect differ by region?');
      expect(await heterogeneity.locator('tbody tr', { hasText: 'spend' }).count()).toBeGreaterThan(0);
      // CUPED decided spend: its interval label says so.
      expect(await comparisons.locator('tr', { hasText: 'CUPED' }).count()).toBeGreaterThan(0);
      // Over time: one chart per metric × variant, drawn, and its table with a row per day.
      for (const name of ['over-time-1', 'over-time-2']) {
        const box = await page.locator(`figure.chart[data-chart="${name}"] > svg`).boundingBox();
        expect(box?.width ?? 0, `chart ${name} is drawn`).toBeGreaterThan(150);
        expect(box?.height ?? 0, `chart ${name} is drawn`).toBeGreaterThan(100);
      }
      expect(await page.locator('figure.chart[data-chart="over-time-1"]').textContent()).toContain('2026-03-0');
      const overTime = page.locator('section.table[data-table="over-time"]');
      expect(await overTime.locator('tbody tr').count()).toBe(12);
      expect(problems).toEqual([]);
    });
  });
});
