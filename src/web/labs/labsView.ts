import { InputError, formatProblem } from '../../io/inputError.js';
import { powerCurveChart } from '../../report/charts/powerCurveChart.js';
import { timelineChart } from '../../report/charts/timelineChart.js';
import { formatPercent } from '../../format/formatPercent.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';
import type { PlanStore } from '../planStore.js';
import { defaultWorkers, runReplicates } from '../run/runReplicates.js';
import { funnelDynamics, type SegmentFunnelRow } from './funnelDynamics.js';
import type { TopLevelSpec } from 'vega-lite';
import { embedChart } from '../charts/embedChart.js';
import { h } from '../dom.js';
import { wholeNumber, writeUrlParams } from '../urlState.js';
import { peekingChart } from './peekingChart.js';
import { peekingLab } from './peekingLab.js';
import { powerLab } from './powerLab.js';
import { interferenceChart } from './interferenceChart.js';
import { CONDITIONS, LAB_EXPERIMENT_FILE, interferenceExperiment, interferenceRow, interferenceSummary, loadInterferenceExperiment, type InterferenceRow, type InterferenceSettings } from './interferenceLab.js';
import { runExperimentInBrowser } from './runExperimentInBrowser.js';
import type { ExperimentResult } from '../../experiments/output/ExperimentResult.js';

/** One control of a lab: a URL parameter with its label, bounds and default. */
interface LabControl {
  key: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
}

/** What a lab shows after a run: its chart, its data (in #lab-json), a sentence, and maybe a table. */
interface LabOutcome {
  spec: TopLevelSpec;
  data: unknown;
  summary: string;
  table?: HTMLElement;
}

interface Lab {
  id: string;
  title: string;
  explanation: string;
  controls: LabControl[];
  run(values: Record<string, number>, plans: PlanStore, progress: (text: string) => void): LabOutcome | Promise<LabOutcome>;
}

const SEED_CONTROL: LabControl = { key: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, step: 1, value: 1 };
const ALPHA_CONTROL: LabControl = { key: 'alpha', label: 'α', min: 0.001, max: 0.5, step: 0.01, value: 0.05 };

const LABS: Lab[] = [
  {
    id: 'peeking',
    title: 'Peeking',
    explanation: 'An A/A test (no true difference) checked after every session. Stopping at the first p < α finds a "winner" far more often than α as the looks add up; the always-valid p-value (mSPRT) stays at or below α.',
    controls: [
      SEED_CONTROL,
      { key: 'looks', label: 'Sessions (looks)', min: 1, max: 50, step: 1, value: 20 },
      { key: 'viewers', label: 'Viewers per arm per session', min: 10, max: 2000, step: 10, value: 200 },
      { key: 'conversion', label: 'Conversion (both arms)', min: 0.001, max: 0.999, step: 0.01, value: 0.05 },
      ALPHA_CONTROL,
      { key: 'trials', label: 'Simulated experiments', min: 50, max: 5000, step: 50, value: 400 },
    ],
    run: (v) => {
      const points = peekingLab({ seed: v.seed, looks: v.looks, viewersPerSession: v.viewers, conversion: v.conversion, alpha: v.alpha, trials: v.trials });
      const last = (rule: string) => points.filter((point) => point.rule === rule).at(-1)?.falsePositiveRate ?? NaN;
      return {
        spec: peekingChart(points, v.alpha, v.trials),
        data: points,
        summary: `After ${v.looks} looks: stopping at the first p < α gave a false positive in ${(100 * last('stop at the first p < α')).toFixed(1)}% of experiments, the always-valid p in ${(100 * last('always-valid p (mSPRT)')).toFixed(1)}% (α = ${v.alpha}).`,
      };
    },
  },
  {
    id: 'power',
    title: 'Power',
    explanation: 'Chance that a two-proportion z-test detects a true lift, by simulation (whiskers: 95% Wilson interval) beside the normal-approximation formula the CLI\'s power command uses.',
    controls: [
      SEED_CONTROL,
      { key: 'baseline', label: 'Baseline conversion', min: 0.001, max: 0.9, step: 0.01, value: 0.05 },
      { key: 'lift', label: 'Relative lift', min: -0.9, max: 5, step: 0.05, value: 0.2 },
      ALPHA_CONTROL,
      { key: 'maxViewers', label: 'Viewers per arm (largest)', min: 80, max: 50000, step: 100, value: 8000 },
      { key: 'trials', label: 'Simulated experiments per size', min: 50, max: 2000, step: 50, value: 200 },
    ],
    run: (v) => {
      const points = powerLab({ seed: v.seed, baseline: v.baseline, lift: v.lift, alpha: v.alpha, maxViewers: v.maxViewers, trials: v.trials });
      return {
        spec: powerCurveChart({ points, sizeUnit: 'viewers', targetPower: 0.8, effectLabel: `a ${(100 * v.lift).toFixed(0)}% lift on ${(100 * v.baseline).toFixed(1)}% conversion at α = ${v.alpha}` }),
        data: points,
        summary: `At ${points.at(-1)?.size} viewers per arm: simulated power ${(100 * (points.at(-2)?.power ?? NaN)).toFixed(1)}%, formula ${(100 * (points.at(-1)?.power ?? NaN)).toFixed(1)}%.`,
      };
    },
  },
  {
    id: 'funnel',
    title: 'Funnel dynamics',
    explanation: 'How each segment of the plan being edited moves each funnel step, minute by minute: arrivals, interactions, link views, clicks and orders per minute (mean and replicate band), and each segment\'s pace against the session\'s.',
    controls: [SEED_CONTROL, { key: 'replicates', label: 'Replicates', min: 2, max: 100, step: 1, value: 5 }],
    run: async (v, plans) => {
      const scenario = parseScenario(plans.get().json, plans.get().name);
      const runs = await runReplicates({ scenario, seed: v.seed, replicates: v.replicates, workers: defaultWorkers() });
      const { chart, segments } = funnelDynamics(scenario, runs);
      const busiest = [...segments].sort((a, b) => (b.index.clicks || 0) - (a.index.clicks || 0))[0];
      return {
        spec: timelineChart(chart),
        data: segments,
        table: segmentTable(segments),
        summary: busiest === undefined ? 'The plan has no segments.' : `Clicks run fastest during "${busiest.segment}" (${busiest.index.clicks.toFixed(1)}× the session's pace per minute).`,
      };
    },
  },
  {
    id: 'interference',
    title: 'Interference',
    explanation:
      'An in-room test: every viewer of the plan being edited gets, at random, a coupon on arrival or none, inside shared sessions. Buyers nudge the rest of the room (social proof), so the coupon arm\'s purchases also lift the control: the test\'s estimate drifts from what rolling the coupon out to everyone would do. With social proof off the two agree. Each condition is the experiment `livelift experiment` runs (download it below), simulated in Web Workers.',
    controls: [
      SEED_CONTROL,
      { key: 'coupon', label: 'Coupon (currency)', min: 1, max: 1000, step: 1, value: 20 },
      { key: 'socialProof', label: 'Social proof when on (model default 0.08)', min: 0.01, max: 3, step: 0.01, value: 1 },
      { key: 'sessions', label: 'Shared sessions per test', min: 1, max: 10, step: 1, value: 2 },
      { key: 'tests', label: 'Simulated tests per condition', min: 2, max: 200, step: 1, value: 20 },
    ],
    run: async (v, plans, progress) => {
      const settings: InterferenceSettings = { seed: v.seed, coupon: v.coupon, socialProof: v.socialProof, sessions: v.sessions, tests: v.tests };
      const plan = plans.get().json;
      const loaded = CONDITIONS.map((condition) => loadInterferenceExperiment(plan, settings, condition));
      const results: ExperimentResult[] = [];
      for (const [index, condition] of CONDITIONS.entries()) {
        results.push(await runExperimentInBrowser(loaded[index], { workers: defaultWorkers(), onProgress: (done, total) => progress(`Simulating: social proof ${condition}, test ${done} of ${total}…`) }));
      }
      const rows = CONDITIONS.map((condition, index) => interferenceRow(condition, settings, results[index]));
      const experiments = Object.fromEntries(CONDITIONS.map((condition) => [condition, interferenceExperiment(plan, settings, condition)]));
      return {
        spec: interferenceChart(rows, settings.tests),
        data: { rows, experiments, results: Object.fromEntries(CONDITIONS.map((condition, index) => [condition, results[index]])) },
        table: interferenceTable(rows, experiments),
        summary: interferenceSummary(rows),
      };
    },
  },
];

/** The lab's numbers, and each condition's experiment file to run with `livelift experiment`. */
function interferenceTable(rows: readonly InterferenceRow[], experiments: Record<string, unknown>): HTMLElement {
  const share = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : formatPercent(value, 1));
  const headers = ['Condition', 'True rollout lift', 'Mean test estimate', 'Middle 95% of estimates', 'Bias (revenue per viewer)', 'Coverage', 'Power', 'Experiment file'];
  const download = (condition: string) => {
    const href = URL.createObjectURL(new Blob([`${JSON.stringify(experiments[condition], null, 2)}\n`], { type: 'application/json' }));
    return h('a', { href, download: LAB_EXPERIMENT_FILE.replace('.json', `-${condition}.json`), 'data-experiment': condition }, 'download');
  };
  return h(
    'table',
    { 'data-table': 'interference' },
    h('caption', {}, 'Relative lift in revenue per viewer; bias = mean estimated − true difference ± its Monte-Carlo se; coverage of the test\'s 95% interval'),
    h('thead', {}, h('tr', {}, ...headers.map((label) => h('th', { scope: 'col' }, label)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          { 'data-condition': row.condition },
          h('td', {}, row.label),
          h('td', {}, share(row.trueLift)),
          h('td', {}, share(row.estimate?.mean)),
          h('td', {}, row.estimate === null ? '–' : `${share(row.estimate.lo)} to ${share(row.estimate.hi)}`),
          h('td', {}, `${row.bias.value.toFixed(3)} ± ${row.bias.mcSe.toFixed(3)}`),
          h('td', {}, share(row.coverage)),
          h('td', {}, share(row.power)),
          h('td', {}, download(row.condition)),
        ),
      ),
    ),
  );
}

function segmentTable(rows: readonly SegmentFunnelRow[]): HTMLElement {
  const pace = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
  const share = (value: number) => formatPercent(value, 1);
  const headers = ['Segment', 'Type', 'Minutes', 'Arrivals', 'Interactions', 'Saw link', 'Clicks', 'Orders', 'Clicks / link view', 'Orders / click'];
  return h(
    'table',
    { 'data-table': 'segment-funnel' },
    h('caption', {}, 'Pace of each funnel step per minute inside each segment, against the whole session (1.00× = the session\'s average)'),
    h('thead', {}, h('tr', {}, ...headers.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, h('td', {}, row.segment), h('td', {}, row.type), h('td', {}, String(row.minutes)), ...(['arrivals', 'interactions', 'linkViews', 'clicks', 'orders'] as const).map((step) => h('td', {}, pace(row.index[step]))), h('td', {}, share(row.clickThrough)), h('td', {}, share(row.orderPerClick))))),
  );
}

/**
 * The Labs tab: small teaching simulations over the stats engine, each reproducible from its seed
 * and shared by its address (`?view=labs&lab=peeking&seed=…&looks=…&autorun=1`).
 */
export class LabsView {
  readonly element: HTMLElement;
  private readonly picker = h('select', { id: 'lab-picker', 'aria-label': 'Lab' });
  private readonly body = h('div', { id: 'lab-body' });

  constructor(private readonly plans: PlanStore, params: URLSearchParams, autorun: boolean) {
    this.picker.append(...LABS.map((lab) => h('option', { value: lab.id }, lab.title)));
    this.picker.value = LABS.some((lab) => lab.id === params.get('lab')) ? params.get('lab')! : LABS[0].id;
    this.picker.addEventListener('change', () => this.show(new URLSearchParams(), false));
    this.element = h('section', { id: 'view-labs', class: 'view', 'aria-labelledby': 'tab-labs' }, h('div', { class: 'controls' }, h('label', {}, 'Lab ', this.picker)), this.body);
    this.element.dataset.state = 'idle';
    this.show(params, autorun);
  }

  private show(params: URLSearchParams, autorun: boolean): void {
    const lab = LABS.find((each) => each.id === this.picker.value)!;
    const problems: string[] = [];
    const inputs = lab.controls.map((control) => {
      const fallback = control.value;
      const text = params.get(control.key);
      const value = control.step === 1 ? wholeNumber(text, fallback, control.min, control.max, control.key, problems) : numberIn(text, fallback, control, problems);
      return h('input', { type: 'number', id: `lab-${control.key}`, 'data-key': control.key, min: control.min, max: control.max, step: control.step, value: String(value) });
    });
    const status = h('p', { id: 'lab-status', role: 'status', 'aria-live': 'polite' });
    const problemList = h('ul', { id: 'lab-problems', class: 'problems' }, ...problems.map((problem) => h('li', {}, problem)));
    const chart = h('div', { class: 'vega' });
    const tableHost = h('div', { id: 'lab-table' });
    const json = h('pre', { id: 'lab-json', class: 'visually-hidden' });
    const run = async () => {
      const values: Record<string, number> = {};
      const bad: string[] = [];
      lab.controls.forEach((control, index) => {
        const value = Number(inputs[index].value);
        const ok = inputs[index].value.trim() !== '' && Number.isFinite(value) && value >= control.min && value <= control.max && (control.step !== 1 || Number.isInteger(value));
        inputs[index].setAttribute('aria-invalid', String(!ok));
        if (!ok) bad.push(`${control.label} must be ${control.step === 1 ? 'a whole number' : 'a number'} from ${control.min} to ${control.max}`);
        values[control.key] = value;
      });
      problemList.replaceChildren(...bad.map((problem) => h('li', {}, problem)));
      if (bad.length > 0) return;
      writeUrlParams({ view: 'labs', lab: lab.id, ...values });
      this.element.dataset.state = 'running';
      status.textContent = 'Simulating…';
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        const outcome = await lab.run(values, this.plans, (text) => (status.textContent = text));
        await embedChart(chart, outcome.spec);
        tableHost.replaceChildren(...(outcome.table === undefined ? [] : [outcome.table]));
        json.textContent = JSON.stringify({ lab: lab.id, settings: values, points: outcome.data }, null, 2);
        status.textContent = outcome.summary;
        this.element.dataset.state = 'done';
      } catch (error) {
        problemList.replaceChildren(...(error instanceof InputError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)]).map((line) => h('li', {}, line)));
        this.element.dataset.state = 'failed';
      }
    };
    this.body.replaceChildren(
      h('p', {}, lab.explanation),
      h('div', { class: 'controls lab-controls' }, ...lab.controls.map((control, index) => h('label', {}, `${control.label} `, inputs[index])), h('button', { type: 'button', class: 'primary', id: 'lab-run', onclick: () => void run() }, 'Run lab')),
      problemList,
      status,
      h('figure', { class: 'chart', 'data-chart': `lab-${lab.id}` }, chart),
      tableHost,
      json,
    );
    if (autorun) void run();
  }
}

function numberIn(text: string | null, fallback: number, control: LabControl, problems: string[]): number {
  if (text === null || text.trim() === '') return fallback;
  const value = Number(text);
  if (Number.isFinite(value) && value >= control.min && value <= control.max) return value;
  problems.push(`${control.key} must be a number from ${control.min} to ${control.max}, got "${text}"; using ${fallback}`);
  return fallback;
}
