/**
 * Opens a generated report.html in Debian's headless Chromium (driven by playwright-core) and
 * checks what a reader would see: every chart drawn, no console error, no request leaving the
 * folder, and a screenshot that is not blank.
 *
 * Chromium comes from apt (`.ci/run` installs it when missing). Without it this test fails when
 * CI is set, and is skipped with the reason in its name otherwise.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/writeReport.js';
import { HOSTILE_NAME, galleryReport } from './fixtures/galleryReport.js';
import { decodePng, luminanceVariance } from './helpers/decodePng.js';
import { haveChromium, inCi, missingChromium as missing, openInChromium } from './helpers/openInChromium.js';

/** Where the screenshot is kept after the run, for people and CI artifacts to look at. */
export const SCREENSHOT_PATH = join(tmpdir(), 'livelift-browser-test', 'report-screenshot.png');

if (!haveChromium && !inCi) console.warn(`livelift browser test skipped: ${missing}`);

const workDir = mkdtempSync(join(tmpdir(), 'livelift-browser-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('report.html in headless Chromium', () => {
  if (!haveChromium && inCi) {
    it('needs Chromium on CI', () => {
      throw new Error(missing);
    });
    return;
  }

  it.skipIf(!haveChromium)(`shows every chart, logs no error and is not blank${haveChromium ? '' : ` (SKIPPED: ${missing})`}`, async () => {
    const report = galleryReport();
    const dir = join(workDir, 'report');
    await writeReport(dir, report);
    await openInChromium(join(dir, 'report.html'), workDir, async ({ page, problems }) => {
      const figures = page.locator('figure.chart');
      expect(await figures.count()).toBe(report.charts.length);
      for (const chart of report.charts) {
        const box = await page.locator(`figure.chart[data-chart="${chart.name}"] > svg`).boundingBox();
        expect(box?.width ?? 0, `chart ${chart.name} is drawn`).toBeGreaterThan(150);
        expect(box?.height ?? 0, `chart ${chart.name} is drawn`).toBeGreaterThan(100);
      }
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toContain(HOSTILE_NAME);

      const screenshot = await page.screenshot({ fullPage: true });
      mkdirSync(join(SCREENSHOT_PATH, '..'), { recursive: true });
      writeFileSync(SCREENSHOT_PATH, screenshot);
      const { width, height, rgba } = decodePng(screenshot);
      expect(width).toBe(1280);
      expect(height).toBeGreaterThan(2000);
      expect(luminanceVariance(rgba)).toBeGreaterThan(100);
      expect(problems).toEqual([]);
    });
  });
});
