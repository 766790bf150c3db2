/**
 * The web workbench in Debian's headless Chromium (playwright-core), served by `livelift serve`'s
 * own server: the test contract (`?scenario=&seed=&replicates=&autorun=1` writes the result into
 * `<pre id="result-json">`), equality with `livelift simulate --json`, the flagship plan's time to
 * finish and the input delay while it runs, no console error and no request outside the app.
 *
 * Chromium comes from apt (`.ci/run` installs it when missing). Without it this test fails when
 * CI is set, and is skipped with the reason printed otherwise.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveChromium, inCi, missingChromium } from '../report/helpers/openInChromium.js';
import { compareResults } from './helpers/compareResults.js';
import { WORKBENCH_BUILT, notBuilt, startWorkbench, type Workbench } from './helpers/workbenchBrowser.js';

const run = promisify(execFile);
const ready = haveChromium && WORKBENCH_BUILT;
const reason = !haveChromium ? missingChromium : notBuilt;
if (!ready && !inCi) console.warn(`livelift web workbench browser test skipped: ${reason}`);

/** Screenshots for docs/web.md, written by the suite. */
export const SCREENSHOT_DIR = join(process.cwd(), 'docs', 'web');

/** What the CLI prints for the same plan and seed (dist/ is built by pretest). */
async function cliJson(plan: string, seed: number, replicates: number): Promise<string> {
  const { stdout } = await run(process.execPath, ['dist/cli/main.js', 'simulate', `scenarios/${plan}.json`, '--seed', String(seed), '--replicates', String(replicates), '--workers', '2', '--json'], { maxBuffer: 64 << 20 });
  return stdout;
}

async function resultJson(page: Page, timeout: number): Promise<string> {
  await page.waitForFunction(() => (document.getElementById('result-json')?.textContent ?? '') !== '', undefined, { timeout, polling: 200 });
  return (await page.locator('#result-json').textContent()) ?? '';
}

describe('web workbench in headless Chromium', () => {
  if (!ready && inCi) {
    it('needs Chromium and the built workbench on CI', () => {
      throw new Error(reason);
    });
    return;
  }
  let workbench: Workbench;
  const workDir = mkdtempSync(join(tmpdir(), 'livelift-web-'));
  beforeAll(async () => {
    if (ready) workbench = await startWorkbench(workDir);
  }, 30_000);
  afterAll(async () => {
    await workbench?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it.skipIf(!ready)(`runs the flagship plan (20 replicates) like the CLI, in time, and stays responsive${ready ? '' : ` (SKIPPED: ${reason})`}`, async () => {
    const cliStarted = Date.now();
    const cli = await cliJson('python-course-launch', 1, 20);
    const cliSeconds = (Date.now() - cliStarted) / 1000;
    const { page, problems } = await workbench.open('?scenario=python-course-launch&seed=1&replicates=20&autorun=1');
    const started = Date.now();
    const delays = await measureInputDelay(page);
    const browser = await resultJson(page, 120_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`flagship, 20 replicates: Chromium ${seconds.toFixed(1)} s, CLI (2 workers) ${cliSeconds.toFixed(1)} s just before; input delay during the run: ${describeDelays(delays)}`);
    expectSameResult(cli, browser, 'python-course-launch');
    // The target is < 15 s on an idle 2-core machine (docs/web.md has the figures); on a machine
    // shared with other jobs the test holds the browser to the CLI's pace measured just before.
    expect(seconds).toBeLessThan(Math.max(15, 2 * cliSeconds + 5));
    expect(delays.length).toBeGreaterThan(3);
    expect(Math.max(...delays)).toBeLessThan(500);
    await page.locator('figure.chart[data-chart="timeline"] svg').first().waitFor();
    await screenshot(page, 'run.png');
    expect(problems).toEqual([]);
    await page.close();
  }, 150_000);

  it.skipIf(!ready)('gives the CLI\'s bytes for the other shipped plans', async () => {
    for (const plan of ['ebook-night', 'membership-qa']) {
      const cli = cliJson(plan, 7, 2);
      const { page, problems } = await workbench.open(`?scenario=${plan}&seed=7&replicates=2&autorun=1`);
      expectSameResult(await cli, await resultJson(page, 30_000), plan);
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 90_000);
});

/**
 * The browser's JSON has the CLI's text layout, keys, strings and integers; non-integer numbers
 * may differ in their last bits (see compareResults for why), by at most 1e-10 relative.
 */
function expectSameResult(cli: string, browser: string, plan: string): void {
  if (browser === cli) return;
  const difference = compareResults(JSON.parse(cli), JSON.parse(browser));
  console.log(`${plan}: ${difference.lastBits} of ${difference.numbers} numbers differ in their last bits (largest relative difference ${difference.largestRelative.toExponential(1)})`);
  expect(difference.mismatches, plan).toEqual([]);
  expect(browser.split('\n').length, `${plan}: same layout`).toBe(cli.split('\n').length);
}

/**
 * Click the page's heading every 150 ms until the run ends and return each click's input delay:
 * from the event's timestamp (when the browser received it) to its handler running on the page's
 * thread, which is busy only with drawing while the Web Workers simulate.
 */
async function measureInputDelay(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { inputDelays: number[] };
    w.inputDelays = [];
    document.addEventListener('pointerdown', (event) => w.inputDelays.push(performance.now() - event.timeStamp), { capture: true });
  });
  const box = await page.locator('header h1').boundingBox();
  if (box === null) throw new Error('the heading is not shown');
  // Raw mouse events (no waiting for the element to be "stable"): the delay is what we measure.
  while ((await page.locator('#view-run').getAttribute('data-state')) !== 'done') {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => (window as unknown as { inputDelays: number[] }).inputDelays);
}

function describeDelays(delays: number[]): string {
  const sorted = [...delays].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `${delays.length} clicks, median ${at(0.5).toFixed(0)} ms, 95th percentile ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, name), await page.screenshot({ fullPage: false }));
}
