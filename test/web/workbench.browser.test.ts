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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/sim/scenario/parseScenario.js';
import { InputError } from '../../src/io/inputError.js';
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
  return cliJsonOf(`scenarios/${plan}.json`, seed, replicates);
}

async function cliJsonOf(file: string, seed: number, replicates: number): Promise<string> {
  const { stdout } = await run(process.execPath, ['dist/cli/main.js', 'simulate', file, '--seed', String(seed), '--replicates', String(replicates), '--workers', '2', '--json'], { maxBuffer: 64 << 20 });
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
    // Median, not max: on a machine shared with other jobs the OS alone can hold a click for a second.
    expect(quantile(delays, 0.5)).toBeLessThan(100);
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

  it.skipIf(!ready)('offers every optional field of the schema, adds ones the JSON lacks (a host fee, a segment\'s effect override), removes it when emptied, and runs the plan with it as the CLI does', async () => {
    const { page, problems } = await workbench.open('?scenario=python-course-launch&replicates=2&seed=3&view=plan');
    // The flagship sets no costs: the whole block waits under "More settings", with its defaults.
    const costs = page.locator('[data-section="costs"]');
    await costs.locator('details.more-fields > summary').click();
    const hostFee = page.locator('[data-path="costs.hostFee"]');
    expect(await hostFee.getAttribute('placeholder')).toBe('0');
    expect(await page.locator('.field', { has: hostFee }).getAttribute('data-absent')).toBe('true');
    await hostFee.fill('-5');
    await hostFee.press('Tab');
    const feeField = page.locator('.field', { has: page.locator('[data-path="costs.hostFee"]') });
    await expect.poll(() => feeField.getAttribute('data-invalid')).toBe('true');
    expect(await feeField.locator('.message').textContent()).toBe(schemaMessageAt('costs.hostFee', (plan) => (plan.costs = { hostFee: -5 })));
    await page.locator('[data-path="costs.hostFee"]').fill('500');
    await page.locator('[data-path="costs.hostFee"]').press('Tab');
    await expect.poll(() => feeField.getAttribute('data-absent')).toBe(null);
    expect(await page.locator('#view-plan').getAttribute('data-valid')).toBe('true');
    expect(await page.locator('[data-path="session.variation.enabled"] option').first().textContent()).toBe('(default: true)');
    await costs.locator('details.more-fields > summary').click();
    await costs.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'plan-forms.png');

    // A segment's optional fields: the flash sale's effect overrides, which the plan leaves out.
    await page.locator('#plan-timeline .segment[data-index="5"]').click();
    expect(await page.locator('#segment-type').inputValue()).toBe('flash_sale');
    const leave = page.locator('[data-path="plan[5].effects.leaveMultiplier"]');
    expect(await leave.isVisible()).toBe(false);
    await page.locator('#segment-form details.more-fields > summary').click();
    await leave.fill('0.8');
    await leave.press('Tab');
    await expect.poll(() => page.locator('.field', { has: page.locator('[data-path="plan[5].effects.leaveMultiplier"]') }).getAttribute('data-absent')).toBe(null);

    // What Save writes is what the CLI runs, and the page's run of it equals the CLI's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan-save').click()]);
    const saved = join(workDir, 'with-costs.json');
    await download.saveAs(saved);
    const plan = JSON.parse(readFileSync(saved, 'utf8')) as { costs: { hostFee: number }; plan: { effects?: unknown }[] };
    expect(plan.costs).toEqual({ hostFee: 500 });
    expect(plan.plan[5].effects).toEqual({ leaveMultiplier: 0.8 });
    await page.locator('#tab-run').click();
    await page.locator('#run-button').click();
    expectSameResult(await cliJsonOf(saved, 3, 2), await resultJson(page, 60_000), 'flagship with a host fee and a flash-sale effect override');

    // Emptying a field takes it out of the plan again (back to its default).
    await page.locator('#tab-plan').click();
    await page.locator('[data-path="costs.hostFee"]').fill('');
    await page.locator('[data-path="costs.hostFee"]').press('Tab');
    await expect.poll(() => page.locator('.field', { has: page.locator('[data-path="costs.hostFee"]') }).getAttribute('data-absent')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it.skipIf(!ready)('edits the plan on the timeline from keyboard and mouse, marks bad input at its field, and runs the edited plan', async () => {
    const { page, problems } = await workbench.open('?scenario=python-course-launch&replicates=2');
    const runTab = page.locator('#tab-run');
    await runTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-plan').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#view-plan').isVisible()).toBe(true);

    // Keyboard: shorten the trial lesson by a minute, then move it a minute later.
    const lesson = page.locator('#plan-timeline .segment[data-index="1"]');
    const leftBefore = await lesson.evaluate((element) => (element as HTMLElement).style.left);
    await lesson.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-path="plan[1].startMinute"]').inputValue()).toBe('6');
    expect(await page.locator('[data-path="plan[1].endMinute"]').inputValue()).toBe('30');
    expect(await page.locator('#plan-timeline .segment[data-index="1"]').evaluate((element) => (element as HTMLElement).style.left)).not.toBe(leftBefore);
    expect(await page.locator('#view-plan').getAttribute('data-valid')).toBe('true');

    // Mouse: drag the last segment's right edge (the grip) to the left.
    const grip = page.locator('#plan-timeline .segment[data-index="10"] .grip');
    const box = (await grip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const end = Number(await page.locator('[data-path="plan[10].endMinute"]').inputValue());
    expect(end).toBeLessThan(90);
    expect(end).toBeGreaterThan(88);
    await screenshot(page, 'plan.png');

    // Bad input: the schema's own message at the field, the page still whole.
    const price = page.locator('[data-path="products[0].price"]');
    await price.fill('-5');
    await price.press('Tab');
    const field = page.locator('.field', { has: price });
    await expect.poll(() => field.getAttribute('data-invalid')).toBe('true');
    expect(await field.locator('.message').textContent()).toBe(schemaMessage('products[0].price', -5));
    expect(await page.locator('#view-plan').getAttribute('data-valid')).toBe('false');
    await price.fill('299');
    await price.press('Tab');
    await expect.poll(() => field.getAttribute('data-invalid')).toBe('false');

    // An opened file that is not JSON: a message, the plan unchanged.
    await page.locator('#plan-open').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": "x",\n  "seed": }') });
    await expect.poll(() => page.locator('#plan-problems').textContent()).toContain('broken.json');
    // Chromium's JSON.parse names no position for an unexpected token (Node 20's does), so no line here.
    expect(await page.locator('#plan-problems').textContent()).toMatch(/^broken\.json: invalid JSON/);
    expect(await page.locator('#plan-status').textContent()).toContain('the plan shown is unchanged');
    expect(await page.locator('#plan-timeline .segment').count()).toBe(11);

    // Run the edited plan: the result carries the moved segment.
    await runTab.click();
    await page.locator('#run-button').click();
    const result = JSON.parse(await resultJson(page, 60_000)) as { scenario: { plan: { startMinute: number }[] } };
    expect(result.scenario.plan[1].startMinute).toBe(6);
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('web workbench: compare', () => {
  if (!ready) return;
  let workbench: Workbench;
  const workDir = mkdtempSync(join(tmpdir(), 'livelift-web-compare-'));
  beforeAll(async () => {
    workbench = await startWorkbench(workDir);
  }, 30_000);
  afterAll(async () => {
    await workbench?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('runs each lab from its address, reproducibly, and draws its chart', async () => {
    for (const [lab, search] of [
      ['peeking', 'lab=peeking&seed=3&looks=10&viewers=100&conversion=0.1&alpha=0.05&trials=200'],
      ['power', 'lab=power&seed=5&baseline=0.1&lift=0.3&alpha=0.05&maxViewers=1600&trials=100'],
      ['funnel', 'scenario=python-course-launch&lab=funnel&seed=1&replicates=2'],
    ] as const) {
      const { page, problems } = await workbench.open(`?view=labs&${search}&autorun=1`);
      await page.waitForFunction(() => document.getElementById('view-labs')?.dataset.state === 'done', undefined, { timeout: 60_000, polling: 200 });
      const first = await page.locator('#lab-json').textContent();
      expect(await page.locator(`figure.chart[data-chart="lab-${lab}"] svg`).count(), lab).toBe(1);
      expect(new URL(page.url()).searchParams.get('lab')).toBe(lab);
      await page.locator('#lab-run').press('Enter');
      await page.waitForFunction(() => document.getElementById('view-labs')?.dataset.state === 'done', undefined, { timeout: 60_000, polling: 200 });
      expect(await page.locator('#lab-json').textContent(), `${lab} is reproduced from its seed`).toBe(first);
      if (lab === 'peeking') await screenshot(page, 'lab-peeking.png');
      if (lab === 'funnel') expect(await page.locator('#lab-table tr').count()).toBe(12);
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('runs the interference lab in Web Workers: each condition is exactly `livelift experiment --json` of the experiment it offers', async () => {
    const { page, problems } = await workbench.open('?view=labs&scenario=membership-qa&lab=interference&seed=2&coupon=30&socialProof=1&sessions=1&tests=3&autorun=1');
    await page.waitForFunction(() => ['done', 'failed'].includes(document.getElementById('view-labs')?.dataset.state ?? ''), undefined, { timeout: 120_000, polling: 200 });
    expect(await page.locator('#lab-problems li').allTextContents()).toEqual([]);
    const lab = JSON.parse((await page.locator('#lab-json').textContent()) ?? '{}') as { points: { rows: { condition: string }[]; experiments: Record<string, unknown>; results: Record<string, unknown> } };
    expect(lab.points.rows.map((row) => row.condition)).toEqual(['on', 'off']);
    for (const condition of ['on', 'off']) {
      const dir = mkdtempSync(join(workDir, `interference-${condition}-`));
      writeFileSync(join(dir, 'interference-lab.json'), JSON.stringify(lab.points.experiments[condition], null, 2));
      const { stdout } = await run(process.execPath, [join(process.cwd(), 'dist/cli/main.js'), 'experiment', 'interference-lab.json', '--workers', '2', '--json'], { cwd: dir, maxBuffer: 64 << 20 });
      expectSameResult(stdout, `${JSON.stringify(lab.points.results[condition], null, 2)}\n`, `interference lab, social proof ${condition}`);
    }
    expect(await page.locator('figure.chart[data-chart="lab-interference"] svg').count()).toBe(1);
    expect(await page.locator('#lab-table tr[data-condition]').count()).toBe(2);
    expect(await page.locator('#lab-table a[data-experiment="on"]').getAttribute('download')).toBe('interference-lab-on.json');
    expect(new URL(page.url()).searchParams.get('socialProof')).toBe('1');
    await screenshot(page, 'lab-interference.png');
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  it('pairs the sessions of two plans: a plan against itself differs by exactly 0; moving the flash sale shows its effect and both timelines', async () => {
    const { page, problems } = await workbench.open('?scenario=python-course-launch&view=compare');
    const compare = async (a: string, b: string, replicates: number) => {
      await page.locator('#compare-a').selectOption(a);
      await page.locator('#compare-b').selectOption(b);
      await page.locator('#compare-replicates').fill(String(replicates));
      await page.locator('#compare-button').click();
      await page.waitForFunction(() => ['done', 'failed'].includes(document.getElementById('view-compare')?.dataset.state ?? ''), undefined, { timeout: 60_000, polling: 200 });
      return JSON.parse((await page.locator('#compare-json').textContent()) ?? '{}') as { metrics: { name: string; difference: number; interval: [number, number]; pairedSd: number; unpairedSd: number }[] };
    };
    const same = await compare('python-course-launch', '(plan being edited)', 2);
    expect(same.metrics.map((metric) => metric.name)).toEqual(['revenue', 'profit', 'conversionRate', 'meanWatchSeconds']);
    for (const metric of same.metrics) expect([metric.difference, ...metric.interval], metric.name).toEqual([0, 0, 0]);

    // Move the flash sale (segment 5, minutes 55–65) ten minutes earlier... into the pitch: first shorten the pitch.
    await page.locator('#tab-plan').click();
    const pitch = page.locator('#plan-timeline .segment[data-index="4"]');
    await pitch.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    const sale = page.locator('#plan-timeline .segment[data-index="5"]');
    await sale.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-path="plan[5].startMinute"]').inputValue()).toBe('50');
    await page.locator('#tab-compare').click();
    const moved = await compare('python-course-launch', '(plan being edited)', 4);
    const revenue = moved.metrics.find((metric) => metric.name === 'revenue')!;
    expect(revenue.difference).not.toBe(0);
    expect(revenue.interval[0]).toBeLessThanOrEqual(revenue.difference);
    expect(revenue.interval[1]).toBeGreaterThanOrEqual(revenue.difference);
    expect(await page.locator('#view-compare figure.chart[data-chart="timeline"] svg').count()).toBe(1);
    expect(await page.locator('#compare-table tr[data-metric="revenue"]').count()).toBe(1);
    await screenshot(page, 'compare.png');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});

/** What the CLI says about the flagship plan with one field replaced (the message the page must show). */
function schemaMessage(path: string, value: unknown): string {
  return schemaMessageAt(path, (plan) => ((plan.products as { price: unknown }[])[0].price = value));
}

/** What the CLI says at `path` about the flagship plan changed by `change`. */
function schemaMessageAt(path: string, change: (plan: Record<string, unknown>) => void): string {
  const plan = JSON.parse(readFileSync('scenarios/python-course-launch.json', 'utf8')) as Record<string, unknown>;
  change(plan);
  try {
    parseScenario(plan);
  } catch (error) {
    if (error instanceof InputError) return error.problems.filter((problem) => problem.path === path).map((problem) => problem.message).join('; ');
  }
  throw new Error(`the change at ${path} was accepted`);
}

/**
 * The browser's JSON is the CLI's, byte for byte: src/math gives exp, log, pow, sin… the same
 * bits in every engine. When not, name the first differing value's path.
 */
function expectSameResult(cli: string, browser: string, plan: string): void {
  if (browser === cli) return;
  const difference = compareResults(JSON.parse(cli), JSON.parse(browser));
  expect(browser === cli, `${plan}: the browser's result differs from the CLI's${difference.first === null ? ' in layout only' : `; first at ${difference.first}`} (${difference.mismatches.length} of ${difference.numbers} numbers and values differ)`).toBe(true);
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
  const deadline = Date.now() + 120_000;
  while ((await page.locator('#view-run').getAttribute('data-state')) === 'running' && Date.now() < deadline) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => (window as unknown as { inputDelays: number[] }).inputDelays);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function describeDelays(delays: number[]): string {
  return `${delays.length} clicks, median ${quantile(delays, 0.5).toFixed(0)} ms, 95th percentile ${quantile(delays, 0.95).toFixed(0)} ms, max ${quantile(delays, 1).toFixed(0)} ms`;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, name), await page.screenshot({ fullPage: false }));
}
