import { InputError, formatProblem } from '../../io/inputError.js';
import { buildSimulationReport } from '../../report/buildSimulationReport.js';
import { formatCount } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import { formatCell } from '../../report/html/tableHtml.js';
import type { ReportTable } from '../../report/report.js';
import type { RunResult } from '../../sim/model/RunResult.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';
import { assembleSimulationResult } from '../../sim/replicate/assembleSimulationResult.js';
import { summarize, type MetricSummary } from '../../sim/replicate/summarize.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import { simulationTimeline } from '../../report/adapters/simulate.js';
import { timelineChart } from '../../report/charts/timelineChart.js';
import type { SimulationResult } from '../../sim/replicate/SimulationResult.js';
import { embedChart } from '../charts/embedChart.js';
import { h } from '../dom.js';
import type { PlanStore } from '../planStore.js';
import { writeUrlParams } from '../urlState.js';
import { LIVELIFT_VERSION } from '../version.js';
import { RunCancelled, defaultWorkers, runReplicates } from './runReplicates.js';

/** Redraw the live charts at most this often while replicates finish (ms). */
const LIVE_REDRAW_MS = 1500;

/** The timeline's panels redrawn while the run grows (two of five keeps each redraw short). */
const LIVE_METRICS = new Set(['viewers', 'revenue']);



/**
 * The Run tab: seed and replicates, Run / Cancel, progress, then the result as it grows: R = A × P × V
 * (and profit when the model reports it), the funnel, the live timeline with its band and R = A × P × V
 * charts (the report's own chart specs, interactive), the summary table, and the result JSON
 * (`simulate --json`'s schema) in `<pre id="result-json">`.
 *
 *   plan JSON ─ parseScenario ─▶ runReplicates (Web Workers) ─ each run ─▶ partial result ─▶ charts
 *                                                          └ all runs ─▶ assembleSimulationResult ─▶ JSON
 */
export class RunView {
  readonly element: HTMLElement;
  private readonly seedInput = h('input', { id: 'run-seed', type: 'number', min: 0, step: 1, 'aria-label': 'Seed' });
  private readonly replicatesInput = h('input', { id: 'run-replicates', type: 'number', min: 1, max: 1000, step: 1, 'aria-label': 'Replicates' });
  private readonly runButton = h('button', { id: 'run-button', class: 'primary', type: 'button' }, 'Run');
  private readonly cancelButton = h('button', { id: 'cancel-button', type: 'button', disabled: true }, 'Cancel');
  private readonly progress = h('progress', { id: 'run-progress', max: 1, value: 0, 'aria-label': 'Replicates finished' });
  private readonly status = h('p', { id: 'run-status', role: 'status', 'aria-live': 'polite' });
  private readonly problems = h('ul', { id: 'run-problems', class: 'problems' });
  private readonly headline = h('div', { id: 'run-headline', class: 'headline' });
  private readonly charts = h('div', { id: 'run-charts', class: 'charts' });
  private readonly tables = h('div', { id: 'run-tables' });
  private readonly resultJson = h('pre', { id: 'result-json', class: 'visually-hidden' });
  private controller: AbortController | undefined;
  private lastDraw = 0;
  private drawing: Promise<void> = Promise.resolve();

  constructor(private readonly plans: PlanStore, seed: number, replicates: number) {
    this.seedInput.value = String(seed);
    this.replicatesInput.value = String(replicates);
    this.runButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.controller?.abort());
    for (const input of [this.seedInput, this.replicatesInput]) input.addEventListener('change', () => writeUrlParams({ seed: this.seedInput.value, replicates: this.replicatesInput.value }));
    this.element = h(
      'section',
      { id: 'view-run', class: 'view', 'aria-labelledby': 'tab-run' },
      h('div', { class: 'controls' }, h('label', {}, 'Seed ', this.seedInput), h('label', {}, 'Replicates ', this.replicatesInput), this.runButton, this.cancelButton, this.progress),
      this.status,
      this.problems,
      this.headline,
      this.charts,
      this.tables,
      h('details', {}, h('summary', {}, 'Result JSON (the schema of livelift simulate --json)'), this.resultJson),
    );
    this.element.dataset.state = 'idle';
  }

  /** Run the current plan; resolves with the result, or undefined when the plan is invalid or the run was cancelled. */
  async run(): Promise<SimulationResult | undefined> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.problems.replaceChildren();
    this.resultJson.textContent = '';
    const settings = this.settings();
    if (settings === undefined) return undefined;
    const { json, name } = this.plans.get();
    let scenario;
    try {
      scenario = parseScenario(json, name);
    } catch (error) {
      this.showProblems(error);
      this.element.dataset.state = 'failed';
      return undefined;
    }
    this.setRunning(true);
    const started = performance.now();
    this.status.textContent = `Running ${settings.replicates} sessions of "${scenario.name}"…`;
    try {
      const runs = await runReplicates({
        scenario,
        seed: settings.seed,
        replicates: settings.replicates,
        workers: defaultWorkers(),
        signal: controller.signal,
        onRun: (done, total, sofar) => this.onProgress(done, total, sofar, scenario),
      });
      const result = assembleSimulationResult(scenario, settings.seed, runs, LIVELIFT_VERSION);
      const seconds = (performance.now() - started) / 1000;
      await this.drawing;
      await this.draw(result);
      this.resultJson.textContent = `${JSON.stringify(result, null, 2)}\n`;
      this.status.textContent = `${runs.length} sessions of "${scenario.name}" in ${seconds.toFixed(1)} s (seed ${settings.seed}).`;
      this.element.dataset.state = 'done';
      return result;
    } catch (error) {
      this.element.dataset.state = 'failed';
      if (error instanceof RunCancelled) this.status.textContent = 'Run cancelled.';
      else this.showProblems(error);
      return undefined;
    } finally {
      if (this.controller === controller) this.setRunning(false);
    }
  }

  private settings(): { seed: number; replicates: number } | undefined {
    const seed = Number(this.seedInput.value);
    const replicates = Number(this.replicatesInput.value);
    const problems: string[] = [];
    if (!(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 32 - 1)) problems.push('Seed must be a whole number from 0 to 4294967295');
    if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= 1000)) problems.push('Replicates must be a whole number from 1 to 1000');
    this.seedInput.setAttribute('aria-invalid', String(problems.some((p) => p.startsWith('Seed'))));
    this.replicatesInput.setAttribute('aria-invalid', String(problems.some((p) => p.startsWith('Replicates'))));
    if (problems.length === 0) return { seed, replicates };
    this.problems.replaceChildren(...problems.map((problem) => h('li', {}, problem)));
    return undefined;
  }

  private onProgress(done: number, total: number, sofar: readonly (RunResult | undefined)[], scenario: Scenario): void {
    this.progress.max = total;
    this.progress.value = done;
    this.status.textContent = `${done} of ${total} sessions done…`;
    const now = performance.now();
    if (done === total || now - this.lastDraw < LIVE_REDRAW_MS) return;
    this.lastDraw = now;
    const finished = sofar.filter((run): run is RunResult => run !== undefined);
    this.drawing = this.drawing.then(() => this.drawLive(scenario, finished));
  }

  /**
   * While replicates finish: the headline and the timeline only, straight from the chart builders
   * (the full report, with its schema check of the whole result, is built once at the end), so the
   * page's thread stays free for input.
   */
  private async drawLive(scenario: Scenario, runs: RunResult[]): Promise<void> {
    const summary = summarize(runs);
    this.headline.replaceChildren(...headlineCards(summary, scenario.currency, runs.length));
    const timeline = simulationTimeline([{ name: scenario.name, runs }], scenario.plan ?? [], scenario.currency);
    const series = timeline.series.filter((point) => LIVE_METRICS.has(point.metric));
    await embedChart(this.figure('timeline', 'Live timeline', 'So far: viewers and revenue per minute, the mean over the finished sessions (line), their band, and the plan (grey bands); every panel when the run ends.'), timelineChart({ ...timeline, series }));
  }

  /** The finished run: every chart and table of the report, each drawn in its own task. */
  private async draw(result: SimulationResult): Promise<void> {
    const report = buildSimulationReport(result);
    this.headline.replaceChildren(...headlineCards(result.summary, result.scenario.currency, result.runs.length));
    for (const chart of report.charts) {
      await nextTask();
      await embedChart(this.figure(chart.name, chart.title, chart.caption), chart.spec);
    }
    this.tables.replaceChildren(...report.tables.map(tableElement));
  }

  private figure(name: string, title: string, caption: string): HTMLElement {
    let figure = this.charts.querySelector<HTMLElement>(`figure[data-chart="${name}"]`);
    if (figure === null) {
      figure = h('figure', { class: 'chart', 'data-chart': name }, h('figcaption', {}, h('strong', {}, title), ' ', h('span', {}, caption)), h('div', { class: 'vega' }));
      this.charts.append(figure);
    } else figure.querySelector('figcaption span')!.textContent = caption;
    return figure.querySelector<HTMLElement>('.vega')!;
  }

  private setRunning(running: boolean): void {
    this.runButton.disabled = running;
    this.cancelButton.disabled = !running;
    if (running) {
      this.element.dataset.state = 'running';
      this.progress.value = 0;
      this.lastDraw = performance.now();
    }
  }

  private showProblems(error: unknown): void {
    const lines = error instanceof InputError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    this.problems.replaceChildren(...lines.map((line) => h('li', {}, line)));
    this.status.textContent = error instanceof InputError ? 'The plan has problems; fix them in the Plan tab.' : 'The run failed.';
  }
}

/** R = A × P × V, conversion, watch time, and profit when the summary has it. */
function headlineCards(summary: Record<string, MetricSummary>, currency: string, sessions: number): HTMLElement[] {
  const mean = (metric: string) => summary[metric]?.mean ?? null;
  const money = (value: number | null) => (value === null ? '–' : `${currency}${formatCount(Math.round(value))}`);
  const cards: [string, string, string][] = [
    ['revenue', 'Revenue R', money(mean('revenue'))],
    ['audience', 'Audience A', mean('arrived') === null ? '–' : formatCount(Math.round(mean('arrived')!))],
    ['purchase-rate', 'Purchase rate P', mean('conversionRate') === null ? '–' : formatPercent(mean('conversionRate')!, 2)],
    ['value-per-buyer', 'Value per buyer V', money(mean('valuePerBuyer'))],
    ['watch', 'Mean watch time', mean('meanWatchSeconds') === null ? '–' : `${(mean('meanWatchSeconds')! / 60).toFixed(1)} min`],
  ];
  if (summary.profit !== undefined) cards.push(['profit', 'Profit', money(mean('profit'))]);
  return [
    h('p', { class: 'formula' }, `R = A × P × V, mean of ${sessions} sessions`),
    ...cards.map(([key, label, value]) => h('div', { class: 'card', 'data-metric': key }, h('span', { class: 'label' }, label), h('span', { class: 'value' }, value))),
  ];
}

/** Let the browser handle input between two pieces of drawing. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function tableElement(table: ReportTable): HTMLElement {
  return h(
    'table',
    { 'data-table': table.name },
    h('caption', {}, table.title),
    h('thead', {}, h('tr', {}, ...table.columns.map((column) => h('th', { scope: 'col' }, column.label)))),
    h('tbody', {}, ...table.rows.map((row) => h('tr', {}, ...table.columns.map((column) => h('td', {}, formatCell(row[column.key] ?? null, column.format ?? 'number')))))),
  );
}
