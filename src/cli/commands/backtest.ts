import type { CommandModule } from 'yargs';
import { textTable } from '../../format/textTable.js';
import type { BacktestResult } from '../../fit/index.js';
import { parseCommandOptions } from '../parseCommandOptions.js';
import { BacktestOptionsSchema } from './backtestOptions.js';
import { formatPercent } from '../../format/formatPercent.js';

/**
 * `livelift backtest <plan> --viewers FILE…`: leave one session out, fit on the others, predict the
 * held-out session (totals and per-minute curves), report errors and interval coverage.
 *
 *   options (zod) ─▶ plan ─▶ protect outputs ─▶ read viewers ─▶ backtest (fold by fold)
 *   ─▶ table ─▶ --out folder (atomic)
 */
export const backtestCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'backtest <plan>',
  describe: 'Leave one past session out, fit on the rest, and check the prediction of the held-out session',
  builder: (yargs) =>
    yargs
      .positional('plan', { type: 'string', demandOption: true, describe: BacktestOptionsSchema.shape.plan.description })
      .option('viewers', { type: 'string', array: true, demandOption: true, describe: BacktestOptionsSchema.shape.viewers.description })
      .option('columns', { type: 'string', describe: BacktestOptionsSchema.shape.columns.description })
      .option('out', { type: 'string', describe: BacktestOptionsSchema.shape.out.description })
      .option('seed', { type: 'number', describe: BacktestOptionsSchema.shape.seed.description })
      .option('simulations', { type: 'number', describe: BacktestOptionsSchema.shape.simulations.description })
      .option('predictions', { type: 'number', describe: BacktestOptionsSchema.shape.predictions.description }),
  handler: async (argv) => {
    process.stdout.write(await runBacktestCommand(argv));
  },
};

/**
 * What `livelift backtest` prints; the --out folder is written by runCommandFlow once every fold
 * is computed.
 * @returns the text for stdout.
 */
export async function runBacktestCommand(argv: Record<string, unknown>): Promise<string> {
  const options = parseCommandOptions(BacktestOptionsSchema, argv);
  const [{ loadScenario }, fit, { runCommandFlow }] = await Promise.all([
    import('../../sim/scenario/index.js'),
    import('../../fit/index.js'),
    import('../commandFlow.js'),
  ]);
  const scenario = loadScenario(options.plan);
  const columns = fit.parseColumnMap(options.columns);
  return runCommandFlow({
    inputs: [options.plan, ...options.viewers],
    out: options.out,
    json: false,
    run: async () => {
      const data = fit.readViewers(options.viewers, scenario, columns);
      const settings = { ...fit.DEFAULT_FIT_SETTINGS, seed: options.seed ?? scenario.seed, simulationReplicates: options.simulations };
      return fit.backtest(scenario, data, settings, options.plan, options.viewers, options.predictions);
    },
    toJson: (result) => `${JSON.stringify(result, null, 2)}\n`,
    toText: formatBacktest,
    reportFiles: (result) => backtestFiles(result),
    wrote: (out) => `Wrote backtest.json, totals.csv and minutes.csv to ${out}\n`,
  });
}

const number = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toLocaleString('en-US') : '–');

/** Fold-by-fold totals, then the overall errors and coverage. */
export function formatBacktest(result: BacktestResult): string {
  const rows = [['held-out session', 'metric', 'observed', 'predicted', '90% interval', 'error', 'inside']];
  for (const fold of result.folds) {
    const name = `${fold.session.file}${fold.session.replicate === '' ? '' : ` #${fold.session.replicate}`}`;
    for (const t of fold.totals) rows.push([name, t.metric, number(t.observed), number(t.predicted), `${number(t.interval[0])} – ${number(t.interval[1])}`, formatPercent(t.relativeError ?? NaN, 1), t.covered ? 'yes' : 'no']);
    for (const c of fold.curves) rows.push([name, `${c.metric} per minute`, '', '', '', `MAE ${formatPercent(c.relativeMeanAbsoluteError ?? NaN, 1)}`, `${formatPercent(c.minutesCovered, 1)} of minutes`]);
  }
  const overall = [['overall', 'mean |error|', 'coverage of 90% intervals'], ...result.overall.map((o) => [o.metric, formatPercent(o.meanAbsoluteRelativeError ?? NaN, 1), formatPercent(o.coverage, 1)])];
  return [...textTable(rows), '', ...textTable(overall), ''].join('\n');
}

/** backtest.json (the whole result), totals.csv (one row per fold and total), minutes.csv (per-minute curves). */
export async function backtestFiles(result: BacktestResult): Promise<Record<string, string>> {
  const { toCsv } = await import('../../format/toCsv.js');
  const table = (name: string, keys: string[], rows: Record<string, string | number | boolean>[]) =>
    toCsv({ name, title: name, columns: keys.map((key) => ({ key, label: key })), rows });
  const totals = result.folds.flatMap((fold) => fold.totals.map((t) => ({
    file: fold.session.file, replicate: fold.session.replicate, metric: t.metric, observed: t.observed, predicted: t.predicted,
    low: t.interval[0], high: t.interval[1], relative_error: t.relativeError ?? NaN, covered: t.covered,
  })));
  const minutes = result.folds.flatMap((fold) => fold.curves.flatMap((c) => c.observed.map((observed, minute) => ({
    file: fold.session.file, replicate: fold.session.replicate, metric: c.metric, minute, observed, predicted: c.predicted[minute], low: c.low[minute], high: c.high[minute],
  }))));
  return {
    'backtest.json': `${JSON.stringify(result, null, 2)}\n`,
    'totals.csv': table('totals', ['file', 'replicate', 'metric', 'observed', 'predicted', 'low', 'high', 'relative_error', 'covered'], totals),
    'minutes.csv': table('minutes', ['file', 'replicate', 'metric', 'minute', 'observed', 'predicted', 'low', 'high'], minutes),
  };
}
