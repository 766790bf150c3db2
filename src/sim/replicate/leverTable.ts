import { runSession, type RunResult } from '../model/index.js';
import { applyOverrides, type Scenario } from '../scenario/index.js';
import { meanAndSd, tInterval } from './intervals.js';
import { formatSignedPercent } from '../../format/formatPercent.js';

/** One lever: a name, what it changes (deep-merged overrides, or a function of the base), and the direction a practitioner expects. */
export interface Lever {
  name: string;
  change: (base: Scenario) => Scenario;
  expected: string;
}

/** A lever's effect: paired differences against the base over replicates (same seed and replicate: common random numbers). */
export interface LeverRow {
  name: string;
  expected: string;
  /** Relative change of revenue per session (0.1 = +10%), mean and 95% t interval over replicates. */
  revenue: { mean: number; ci: [number, number] };
  /** Change of conversion (bought / arrived), in percentage points. */
  conversion: { mean: number; ci: [number, number] };
  /** Relative change of mean watch time. */
  watch: { mean: number; ci: [number, number] };
  /** Change of profit per session (currency). */
  profit: { mean: number; ci: [number, number] };
}

/**
 * Each lever's effect on a scenario, measured the way a practitioner would ask: the same sessions
 * (seed, replicate) with and without the change, differences per replicate, mean and t interval
 * (docs/model.md § Face validity).
 */
export function leverTable(base: Scenario, levers: readonly Lever[], seed: number, replicates: number): { base: RunResult[]; rows: LeverRow[] } {
  const baseRuns = Array.from({ length: replicates }, (_, replicate) => runSession(base, { seed, replicate }));
  const rows = levers.map((lever) => {
    const scenario = lever.change(base);
    const runs = Array.from({ length: replicates }, (_, replicate) => runSession(scenario, { seed, replicate }));
    const paired = (value: (run: RunResult, b: RunResult) => number) => summary(runs.map((run, i) => value(run, baseRuns[i])));
    return {
      name: lever.name,
      expected: lever.expected,
      revenue: paired((run, b) => run.revenue / b.revenue - 1),
      conversion: paired((run, b) => 100 * (run.rates.bought - b.rates.bought)),
      watch: paired((run, b) => run.meanWatchSeconds / b.meanWatchSeconds - 1),
      profit: paired((run, b) => run.profit - b.profit),
    };
  });
  return { base: baseRuns, rows };
}

function summary(values: number[]): { mean: number; ci: [number, number] } {
  return { mean: meanAndSd(values).mean, ci: tInterval(values) };
}

/** The levers of the face-validity table, on the flagship (python-course-launch.json). */
export function flagshipLevers(): Lever[] {
  const withPlan = (base: Scenario, edit: (plan: Scenario['plan']) => Scenario['plan']) => applyOverrides(base, { plan: edit(base.plan) });
  const coursePrice = (price: number) => (base: Scenario) =>
    applyOverrides(base, { products: base.products.map((product, i) => (i === 0 ? { ...product, price } : product)) });
  const sale = (change: Record<string, unknown>) => (base: Scenario) => withPlan(base, (plan) => plan.map((s) => (s.type === 'flash_sale' ? { ...s, ...change } : s)));
  return [
    { name: 'course price 299 → 199', change: coursePrice(199), expected: 'conversion up; revenue up or flat' },
    { name: 'course price 299 → 449', change: coursePrice(449), expected: 'conversion and revenue down' },
    { name: 'flash sale 30% → 50% off', change: sale({ discountPercent: 50 }), expected: 'stock sells out sooner; revenue about flat' },
    { name: 'flash sale stock 300 → unlimited', change: sale({ stock: undefined }), expected: 'revenue up' },
    { name: 'no countdown (boost 0, no last-call rush)', change: (base) => applyOverrides(sale({ countdownBoost: 0 })(base), { purchase: { considerations: { countdownPerMinute: 0 } } }), expected: 'small loss' },
    { name: 'course pitch dropped (plain talk)', change: (base) => withPlan(base, (plan) => plan.filter((s) => !(s.type === 'pitch' && s.productId === 'python-course'))), expected: 'revenue down' },
    {
      name: 'course pitch cut into ten 1-minute pitches',
      change: (base) =>
        withPlan(base, (plan) =>
          plan.flatMap((s) =>
            s.type === 'pitch' && s.productId === 'python-course'
              ? Array.from({ length: s.endMinute - s.startMinute }, (_, k) => ({ ...s, startMinute: s.startMinute + k, endMinute: s.startMinute + k + 1 }))
              : [s],
          ),
        ),
      expected: 'no change',
    },
    { name: 'trial lesson dropped (plain talk)', change: (base) => withPlan(base, (plan) => plan.filter((s) => s.type !== 'trial_lesson')), expected: 'shorter watch, fewer buyers' },
    { name: 'link: description only (not pinned)', change: (base) => applyOverrides(base, { link: { placement: 'description_only' } }), expected: 'revenue down' },
    { name: 'host charisma 0.7 → 0.3', change: (base) => applyOverrides(base, { host: { charisma: 0.3 } }), expected: 'shorter watch, revenue down' },
    { name: 'social proof off', change: (base) => applyOverrides(base, { purchase: { socialProof: 0 } }), expected: 'revenue down' },
    { name: 'promotion budget 3,000 → 30,000', change: (base) => applyOverrides(base, { traffic: { promotion: { budget: 30000 } } }), expected: 'revenue up, profit down (spend)' },
  ];
}

/** The table as Markdown: mean change and 95% interval per lever. */
export function leverTableMarkdown(rows: readonly LeverRow[], currency: string): string {
  const percent = (x: number) => formatSignedPercent(x, 1);
  const points = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
  const money = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
  const cell = (s: { mean: number; ci: [number, number] }, format: (x: number) => string) => `${format(s.mean)} (${format(s.ci[0])} … ${format(s.ci[1])})`;
  const lines = [
    `| lever | expected | revenue | conversion (points) | watch time | profit (${currency}) |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.name} | ${row.expected} | ${cell(row.revenue, percent)} | ${cell(row.conversion, points)} | ${cell(row.watch, percent)} | ${cell(row.profit, money)} |`),
  ];
  return lines.join('\n');
}
