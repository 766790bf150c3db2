import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import { z } from 'zod';
import { InputError } from '../../io/inputError.js';
import { textTable } from '../../format/textTable.js';

/** Options of `livelift fit`: the single source of truth for what the command accepts. */
export const FitOptionsSchema = z.strictObject({
  plan: z.string().min(1).describe('The plan that ran (scenario JSON): segments and times, products and prices, link, costs.'),
  viewers: z.array(z.string().min(1)).min(1).describe('Per-viewer CSV files (columns of simulate --export-viewers); several sessions via the replicate column or several files.'),
  minutes: z.array(z.string().min(1)).default([]).describe('Per-minute CSV files (columns of the report\'s timeline.csv), drawn against the fitted plan.'),
  columns: z.string().optional().describe('Map a platform export onto our columns: ours=theirs[:unit],… (units s, ms, min, h for the two time columns).'),
  out: z.string().min(1).describe('Where to write the fitted scenario (a new file, or one livelift fit wrote).'),
  report: z.string().min(1).optional().describe('Also write a report folder (observed against fitted, estimates, checks).'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional().describe('Seed of the simulation-based estimation (default: the plan\'s seed).'),
  simulations: z.number().int().min(1).max(100).default(4).describe('Simulated sessions per candidate in the simulation-based estimation (default 4).'),
  checkReplicates: z.number().int().min(2).max(1000).default(20).describe('Simulated sessions of the fitted plan for the report\'s bands and checks (default 20).'),
});
export type FitOptions = z.output<typeof FitOptionsSchema>;

/** Parse yargs' argv into options, every problem named by its --option. */
export function parseCommandOptions<T extends z.ZodType>(schema: T, argv: Record<string, unknown>): z.output<T> {
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, unknown>;
  const picked = Object.fromEntries(Object.keys(shape).filter((key) => argv[key] !== undefined).map((key) => [key, argv[key]]));
  const parsed = schema.safeParse(picked);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues.map((issue) => ({ path: `--${String(issue.path[0] ?? '')}`, message: issue.message })));
}

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
    const options = parseCommandOptions(FitOptionsSchema, argv);
    const { loadScenario } = await import('../../sim/scenario/index.js');
    const { writeFileAtomic, writeDirAtomic } = await import('../../io/atomicWrite.js');
    const { protectOutputs } = await import('../../io/protectOutputs.js');
    const fit = await import('../../fit/index.js');
    const scenario = loadScenario(options.plan);
    const columns = fit.parseColumnMap(options.columns);
    const inputs = [options.plan, ...options.viewers, ...options.minutes];
    protectOutputs([
      { option: '--out', path: options.out, kind: 'file', isOwnFile: () => isFittedPlan(options.out), example: 'fitted.json' },
      ...(options.report === undefined ? [] : [{ option: '--report', path: options.report, kind: 'folder' as const }]),
    ], inputs);
    const minutes = Math.ceil(scenario.session.durationMinutes);
    const observedMinutes = options.minutes.length > 0 ? fit.readMinutes(options.minutes, minutes) : undefined;
    const outcome = fit.fitPlan({ scenario, planFile: options.plan, viewers: options.viewers, columns, settings: { simulationReplicates: options.simulations, ...(options.seed === undefined ? {} : { seed: options.seed }) } });
    let reportFiles: Record<string, string | Uint8Array> | undefined;
    if (options.report !== undefined) {
      const { reportFiles: render } = await import('../../report/index.js');
      const predicted = fit.predictSessions(outcome.fitted, outcome.record.seed, options.checkReplicates, outcome.record.estimates);
      const report = fit.buildFitReport({
        fitted: outcome.fitted, record: outcome.record, predicted, observedMinutes,
        observed: fit.observedSessions(outcome.data, minutes, scenario.audience.segments.length), command: `livelift ${process.argv.slice(2).join(' ')}`,
      });
      reportFiles = { ...(await render(report)).files, 'fit.json': `${JSON.stringify(outcome.record, null, 2)}\n` };
    }
    writeFileAtomic(options.out, `${JSON.stringify(outcome.fitted, null, 2)}\n`);
    if (reportFiles !== undefined) writeDirAtomic(options.report!, reportFiles);
    process.stdout.write(formatEstimates(outcome.record.estimates, options.out));
  },
};

/** The estimates as an aligned text table (held ones marked), then where the plan was written. */
export function formatEstimates(estimates: readonly { path: string; value: number; prior?: number; interval?: [number, number]; held: boolean; note?: string }[], out: string): string {
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
