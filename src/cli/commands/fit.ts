import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { parseCommandOptions } from '../parseCommandOptions.js';
import { FitOptionsSchema } from './fitOptions.js';
import { textTable } from '../../format/textTable.js';
import type { FitEstimate } from '../../results/index.js';

/** Whether the file at `path` is a plan `livelift fit` wrote (its `fit.tool`), and so may be replaced. */
export function isFittedPlan(path: string): boolean {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { fit?: { tool?: unknown } };
    return typeof json.fit?.tool === 'string' && json.fit.tool.startsWith('livelift');
  } catch {
    return false; // not JSON: not ours
  }
}

/**
 * `livelift fit <plan> --viewers FILE… --out fitted.json`:
 *
 *   options (zod) ─▶ plan (loadScenario) ─▶ protect inputs and outputs ─▶ fitPlan (read,
 *   estimate, held coefficients flagged) ─▶ [simulate the fitted plan ─▶ report] ─▶ estimates table
 *   ─▶ atomic writes (nothing is written when anything above fails)
 */
export const fitCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'fit <plan>',
  describe: 'Fit a plan to past sessions (per-viewer exports): arrivals, watch time, interactions, purchase coefficients',
  builder: (yargs) =>
    yargs
      .positional('plan', { type: 'string', demandOption: true, describe: FitOptionsSchema.shape.plan.description })
      .option('viewers', { type: 'string', array: true, demandOption: true, describe: FitOptionsSchema.shape.viewers.description })
      .option('minutes', { type: 'string', array: true, describe: FitOptionsSchema.shape.minutes.description })
      .option('columns', { type: 'string', describe: FitOptionsSchema.shape.columns.description })
      .option('out', { type: 'string', demandOption: true, describe: FitOptionsSchema.shape.out.description })
      .option('report', { type: 'string', describe: FitOptionsSchema.shape.report.description })
      .option('seed', { type: 'number', describe: FitOptionsSchema.shape.seed.description })
      .option('simulations', { type: 'number', describe: FitOptionsSchema.shape.simulations.description })
      .option('check-replicates', { type: 'number', describe: FitOptionsSchema.shape.checkReplicates.description })
      .example('$0 fit scenarios/past-sessions/plan.json --viewers scenarios/past-sessions/viewers.csv --out fitted.json', 'Fit the example plan to three past sessions'),
  handler: async (argv) => {
    process.stdout.write(await runFitCommand(argv));
  },
};

/**
 * What `livelift fit` prints; the fitted plan (--out) and the report folder (--report) are
 * written by runCommandFlow once everything is computed.
 * @returns the text for stdout.
 */
export async function runFitCommand(argv: Record<string, unknown>): Promise<string> {
  const options = parseCommandOptions(FitOptionsSchema, argv);
  const [{ loadScenario }, fit, { runCommandFlow }] = await Promise.all([
    import('../../sim/scenario/index.js'),
    import('../../fit/index.js'),
    import('../commandFlow.js'),
  ]);
  const scenario = loadScenario(options.plan);
  const columns = fit.parseColumnMap(options.columns);
  const minutes = Math.ceil(scenario.session.durationMinutes);
  return runCommandFlow({
    inputs: [options.plan, ...options.viewers, ...options.minutes],
    out: options.report,
    otherOutputs: [{ option: '--out', path: options.out, kind: 'file', isOwnFile: () => isFittedPlan(options.out), example: 'fitted.json' }],
    json: false,
    run: async () => {
      const observedMinutes = options.minutes.length > 0 ? fit.readMinutes(options.minutes, minutes) : undefined;
      const outcome = fit.fitPlan({ scenario, planFile: options.plan, viewers: options.viewers, minutes: options.minutes, columns, settings: { simulationReplicates: options.simulations, ...(options.seed === undefined ? {} : { seed: options.seed }) } });
      return { outcome, observedMinutes };
    },
    toJson: ({ outcome }) => `${JSON.stringify(fit.fitResult(outcome.record), null, 2)}\n`,
    toText: ({ outcome }) => formatEstimates(outcome.record.estimates, options.out),
    otherFiles: ({ outcome }) => ({ [options.out]: `${JSON.stringify(outcome.fitted, null, 2)}\n` }),
    reportFiles: async ({ outcome, observedMinutes }, json) => {
      const { reportFiles: render } = await import('../../report/index.js');
      const predicted = fit.predictSessions(outcome.fitted, outcome.record.seed, options.checkReplicates, outcome.record.estimates);
      const report = fit.buildFitReport({
        fitted: outcome.fitted, record: outcome.record, predicted, observedMinutes,
        observed: fit.observedSessions(outcome.data, minutes, scenario.audience.segments.length), command: `livelift ${process.argv.slice(2).join(' ')}`,
      });
      return { ...(await render(report)).files, 'fit.json': json };
    },
    wrote: (out) => `Wrote the fit report (report.html, charts/, tables/, fit.json) to ${out}\n`,
  });
}

/** The estimates as an aligned text table (held ones marked), then where the plan was written. */
export function formatEstimates(estimates: readonly FitEstimate[], out: string): string {
  const number = (x: number | undefined) => (x === undefined ? '' : Number(x.toPrecision(4)).toString());
  const rows = estimates.filter((e) => !e.path.startsWith('traffic.arrivals.points')).map((e) => [
    e.path, number(e.prior), number(e.value), e.held ? 'held' : `${number(e.interval?.[0])} – ${number(e.interval?.[1])}`,
  ]);
  const curve = estimates.filter((e) => e.path.startsWith('traffic.arrivals.points')).length;
  return [
    ...textTable([['coefficient', 'plan', 'fitted', '90% interval'], ...rows]),
    `organic arrival curve: ${curve} steps (per-minute rates with intervals in the fit block)`,
    `fitted plan written to ${out}`,
    '',
  ].join('\n');
}
