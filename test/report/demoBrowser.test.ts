/**
 * The reports `npm run demo` writes, as a reader opens them: the built CLI runs the demo (small
 * sizes), then headless Chromium opens the simulation and the experiment report.html, finds every
 * chart drawn, sees no console error or outside request, and takes a screenshot that is not blank.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng, luminanceVariance } from './helpers/decodePng.js';
import { haveChromium, inCi, missingChromium, openInChromium } from './helpers/openInChromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workDir = mkdtempSync(join(tmpdir(), 'livelift-demo-browser-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the demo reports in headless Chromium', () => {
  it.skipIf(!haveChromium && !inCi)(`npm run demo writes reports a browser shows whole${haveChromium || inCi ? '' : ` (SKIPPED: ${missingChromium})`}`, async () => {
    if (!haveChromium) throw new Error(missingChromium);
    const out = join(workDir, 'demo');
    const demo = spawnSync(process.execPath, ['dist/cli/main.js', 'demo', '--replicates', '3', '--experiment-replicates', '4', '--workers', '1', '--out', out], { cwd: root, encoding: 'utf8' });
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    for (const part of ['simulation', 'experiment']) {
      const charts = readdirSync(join(out, part, 'charts')).filter((name) => name.endsWith('.svg'));
      expect(charts.length, `${part} report has charts`).toBeGreaterThan(1);
      await openInChromium(join(out, part, 'report.html'), join(workDir, part), async ({ page, problems }) => {
        expect(await page.locator('figure.chart').count()).toBe(charts.length);
        for (const svg of await page.locator('figure.chart > svg').all()) {
          const box = await svg.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(150);
          expect(box?.height ?? 0).toBeGreaterThan(100);
        }
        const { rgba } = decodePng(await page.screenshot({ fullPage: true }));
        expect(luminanceVariance(rgba)).toBeGreaterThan(100);
        expect(problems).toEqual([]);
      });
    }
  });
});
