import { InputError, formatProblem } from '../../io/inputError.js';
import { simulationFunnel, simulationTimeline } from '../../report/adapters/simulate.js';
import { funnelChart } from '../../report/charts/funnelChart.js';
import { timelineChart } from '../../report/charts/timelineChart.js';
import { formatCount } from '../../format/formatNumber.js';
import { formatPercent, formatSignedPercent } from '../../format/formatPercent.js';
import type { RunResult } from '../../sim/model/RunResult.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';
import { embedChart } from '../charts/embedChart.js';
import { h } from '../dom.js';
import type { PlanStore } from '../planStore.js';
import { defaultWorkers, runReplicates } from '../run/runReplicates.js';
import { SHIPPED_PLANS, shippedPlan } from '../shippedPlans.js';
import { pairedDifferences, type PairedMetric } from './pairedDifferences.js';

const CURRENT = '(plan being edited)';

/**
 * The Compare tab: two plans, the same seed and replicates, run with common random numbers;
 * paired differences B − A with 95% intervals (revenue, profit when present, conversion, watch
 * time), and both plans' timelines and funnels overlaid.
 *
 *   plan A, plan B ─ parseScenario ─▶ runReplicates(A), runReplicates(B) (same seed: same streams)
 *   ─▶ pairedDifferences ─▶ table; simulationTimeline/Funnel of both ─▶ the report's charts
 */
export class CompareView {
  readonly element: HTMLElement;
  private readonly planA = h('select', { id: 'compare-a', 'aria-label': 'Plan A' });
  private readonly planB = h('select', { id: 'compare-b', 'aria-label': 'Plan B' });
  private readonly seed = h('input', { id: 'compare-seed', type: 'number', min: 0, value: '1', 'aria-label': 'Seed' });
  private readonly replicates = h('input', { id: 'compare-replicates', type: 'number', min: 2, max: 500, value: '10', 'aria-label': 'Replicates' });
  private readonly button = h('button', { id: 'compare-button', class: 'primary', type: 'button' }, 'Compare');
  private readonly progress = h('progress', { id: 'compare-progress', max: 1, value: 0, 'aria-label': 'Replicates finished' });
  private readonly status = h('p', { id: 'compare-status', role: 'status', 'aria-live': 'polite' });
  private readonly problems = h('ul', { id: 'compare-problems', class: 'problems' });
  private readonly table = h('div', { id: 'compare-table' });
  private readonly charts = h('div', { class: 'charts' });
  private readonly json = h('pre', { id: 'compare-json', class: 'visually-hidden' });

  constructor(private readonly plans: PlanStore) {
    for (const select of [this.planA, this.planB]) select.append(...[CURRENT, ...SHIPPED_PLANS.keys()].map((name) => h('option', { value: name }, name)));
    this.planA.value = [...SHIPPED_PLANS.keys()].find((name) => plans.get().name.startsWith(name)) ?? CURRENT;
    this.planB.value = CURRENT;
    this.button.addEventListener('click', () => void this.compare());
    this.element = h(
      'section',
      { id: 'view-compare', class: 'view', 'aria-labelledby': 'tab-compare' },
      h('p', {}, 'Both plans run the same sessions: replicate i of each uses the same random streams, so B − A shows what the change does, not session-to-session luck.'),
      h('div', { class: 'controls' }, h('label', {}, 'Plan A ', this.planA), h('label', {}, 'Plan B ', this.planB), h('label', {}, 'Seed ', this.seed), h('label', {}, 'Replicates ', this.replicates), this.button, this.progress),
      this.status,
      this.problems,
      this.table,
      this.charts,
      this.json,
    );
    this.element.dataset.state = 'idle';
  }

  private async compare(): Promise<void> {
    this.problems.replaceChildren();
    this.json.textContent = '';
    const seed = Number(this.seed.value);
    const replicates = Number(this.replicates.value);
    if (!(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 32 - 1 && Number.isInteger(replicates) && replicates >= 2 && replicates <= 500)) {
      this.problems.replaceChildren(h('li', {}, 'Seed must be a whole number from 0 to 4294967295 and replicates from 2 to 500'));
      return;
    }
    let scenarios;
    try {
      scenarios = [this.planA.value, this.planB.value].map((name, index) => {
        const json = name === CURRENT ? this.plans.get().json : shippedPlan(name);
        return parseScenario(json, `plan ${index === 0 ? 'A' : 'B'} (${name === CURRENT ? this.plans.get().name : name})`);
      });
    } catch (error) {
      this.problems.replaceChildren(...(error instanceof InputError ? error.problems.map(formatProblem) : [String(error)]).map((line) => h('li', {}, line)));
      return;
    }
    const names = [this.label(this.planA.value), this.label(this.planB.value)];
    if (names[0] === names[1]) names[1] = `${names[1]} (B)`;
    this.button.disabled = true;
    this.element.dataset.state = 'running';
    try {
      const runs: RunResult[][] = [];
      for (const [index, scenario] of scenarios.entries()) {
        runs.push(
          await runReplicates({
            scenario,
            seed,
            replicates,
            workers: defaultWorkers(),
            onRun: (done, total) => {
              this.progress.max = 2 * total;
              this.progress.value = index * total + done;
              this.status.textContent = `Plan ${index === 0 ? 'A' : 'B'}: ${done} of ${total} sessions…`;
            },
          }),
        );
      }
      const metrics = pairedDifferences(runs[0], runs[1]);
      const currency = scenarios[0].currency;
      this.table.replaceChildren(differenceTable(metrics, names, currency));
      const arms = names.map((name, index) => ({ name, runs: runs[index] }));
      this.charts.replaceChildren();
      for (const [name, spec] of [
        ['timeline', timelineChart(simulationTimeline(arms, scenarios[0].plan ?? [], currency))],
        ['funnel', funnelChart(simulationFunnel(arms))],
      ] as const) {
        const host = h('div', { class: 'vega' });
        this.charts.append(h('figure', { class: 'chart', 'data-chart': name }, h('figcaption', {}, h('strong', {}, name === 'timeline' ? `Timelines overlaid (segments of plan A)` : 'Funnels side by side')), host));
        await embedChart(host, spec);
      }
      this.json.textContent = JSON.stringify({ seed, replicates, plans: names, metrics }, null, 2);
      this.status.textContent = `${names[1]} − ${names[0]}, ${replicates} paired sessions (seed ${seed}).`;
      this.element.dataset.state = 'done';
    } catch (error) {
      this.problems.replaceChildren(h('li', {}, error instanceof Error ? error.message : String(error)));
      this.element.dataset.state = 'failed';
    } finally {
      this.button.disabled = false;
    }
  }

  private label(name: string): string {
    return name === CURRENT ? this.plans.get().name : name;
  }
}

function differenceTable(metrics: readonly PairedMetric[], names: readonly string[], currency: string): HTMLElement {
  const format = (metric: PairedMetric, value: number, signed = false) => {
    if (metric.unit === 'fraction') return signed ? formatSignedPercent(value, 2) : formatPercent(value, 2);
    const sign = !signed ? '' : value > 0 ? '+' : value < 0 ? '−' : '';
    const magnitude = signed ? Math.abs(value) : value;
    if (metric.unit === 'seconds') return `${sign}${formatCount(Math.round(magnitude * 10) / 10)} s`;
    return `${sign}${currency}${formatCount(Math.round(magnitude))}`;
  };
  return h(
    'table',
    { 'data-table': 'paired-differences' },
    h('caption', {}, 'Paired differences B − A (common random numbers), 95% t interval'),
    h('thead', {}, h('tr', {}, ...['Metric', `A: ${names[0]}`, `B: ${names[1]}`, 'B − A', '95% interval', 'sd paired / unpaired'].map((label) => h('th', { scope: 'col' }, label)))),
    h(
      'tbody',
      {},
      ...metrics.map((metric) =>
        h(
          'tr',
          { 'data-metric': metric.name },
          h('td', {}, metric.label),
          h('td', {}, format(metric, metric.meanA)),
          h('td', {}, format(metric, metric.meanB)),
          h('td', {}, format(metric, metric.difference, true)),
          h('td', {}, `${format(metric, metric.interval[0], true)} to ${format(metric, metric.interval[1], true)}`),
          h('td', {}, `${format(metric, metric.pairedSd)} / ${format(metric, metric.unpairedSd)}`),
        ),
      ),
    ),
  );
}
