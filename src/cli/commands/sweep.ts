import { basename, dirname, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { REPLICATES_LIMIT, workersHelp } from '../runOptionHelp.js';
import { InputError } from '../../io/inputError.js';
import type { LoadedExperiment } from '../../experiments/load/loadExperiment.js';
import type { RunArguments } from '../runOptions.js';
import { progressTo } from './experiment.js';

/** Options of `livelift sweep`. */
export interface SweepArguments extends RunArguments {
  scenario: string;
  param: string;
  values: string;
  sessions?: number;
  objective?: 'revenue' | 'profit';
  json?: boolean;
  out?: string;
}

/** Default replicates of `livelift sweep`. */
export const SWEEP_REPLICATES = 100;

/**
 * `livelift sweep <scenario> --param PATH --values LIST`: revenue, profit and conversion for each
 * value of one scenario field, simulated with common random numbers, and the optimal value (on
 * `--objective`: profit by default when the scenario has costs, else revenue) with an interval. The command line becomes an experiment with a sweep design, validated like an
 * experiment file (each value merged into the scenario and checked).
 *
 *   scenario + --param/--values ─▶ a sweep experiment (validated per value) ─▶ runCommandFlow:
 *   protect outputs ─▶ runSweep ─▶ table | --json ─▶ --out DIR
 */
export const sweepCommand: CommandModule<object, SweepArguments> = {
  command: 'sweep <scenario>',
  describe: 'Sweep one scenario field over values: revenue and profit curves and the optimal value',
  builder: (yargs) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (JSON; see livelift schema)' })
      .option('param', { type: 'string', demandOption: true, describe: 'Path of the field to sweep, e.g. products[0].price or plan[3].discountPercent' })
      .option('values', { type: 'string', demandOption: true, describe: 'Values: a list 79,99,129 or a range START:STOP:STEP (e.g. 49:199:25); negative values work (-5,10)' })
      .option('sessions', { type: 'number', describe: 'Sessions per value in each replicate (default 1)' })
      .option('objective', {
        type: 'string',
        choices: ['revenue', 'profit'] as const,
        describe: 'What the optimal value maximises: revenue or profit per session (default: profit when the scenario has a costs block, else revenue)',
      })
      .option('replicates', { type: 'number', describe: `Replicates (default ${SWEEP_REPLICATES}; ${REPLICATES_LIMIT})` })
      .option('workers', { type: 'number', describe: workersHelp() })
      .option('seed', { type: 'number', describe: 'Random seed (default: the scenario\'s "seed"); 0 is a valid seed' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the whole result as JSON (the same text as result.json) instead of the table' })
      .option('out', { type: 'string', describe: 'Also write a report folder: report.html, charts/, tables/*.csv and data/sweep.csv (numbers at full precision; rounding only in report.html and the terminal), result.json. Must be new, empty or written by livelift' })
      .example('$0 sweep scenarios/python-course-launch.json --param "products[0].price" --values 49:199:25', 'Optimal price (profit when the scenario has costs)')
      .example('$0 sweep scenarios/python-course-launch.json --param traffic.promotion.budget --values 0:100000:20000 --objective profit', 'Promotion spend that maximises profit'),
  handler: async (argv) => {
    process.stdout.write(await runSweepCommand(argv));
  },
};

/**
 * What `livelift sweep` prints for these options (files written with --out).
 * @returns the text for stdout.
 */
export async function runSweepCommand(argv: SweepArguments): Promise<string> {
  const [{ parseSweepValues }, { checkRunArguments }, { runCommandFlow }, { runSweep }, { sweepFiles }, { formatSweepText }] = await Promise.all([
    import('../parseSweepValues.js'),
    import('../runOptions.js'),
    import('../commandFlow.js'),
    import('../../experiments/sweep/runSweep.js'),
    import('../../experiments/sweep/sweepFiles.js'),
    import('../../experiments/sweep/formatSweepText.js'),
  ]);
  const values = parseSweepValues(argv.values);
  const loaded = await loadSweep(argv, values, resolve(argv.scenario));
  const run = checkRunArguments(argv, { seed: loaded.base.seed, replicates: SWEEP_REPLICATES });
  return runCommandFlow({
    inputs: [argv.scenario],
    out: argv.out,
    json: argv.json ?? false,
    run: (progress) => runSweep(loaded, { ...run, onProgress: progressTo(progress('sweep', run.replicates)) }),
    toJson: (result) => sweepFiles(result)['result.json'],
    toText: formatSweepText,
    reportFiles: async (result) => (await import('../../report/commandReportFiles.js')).commandReportFiles(result, argv.scenario, sweepFiles(result)),
  });
}

/** The sweep as an experiment; problems point at the option that caused them. */
async function loadSweep(argv: SweepArguments, values: (number | string | boolean)[], scenarioFile: string): Promise<LoadedExperiment> {
  const { parseExperiment } = await import('../../experiments/load/loadExperiment.js');
  const experiment = {
    name: basename(argv.scenario).replace(/\.json$/i, ''),
    scenario: scenarioFile,
    design: { kind: 'sweep', parameter: argv.param, values, ...(argv.objective === undefined ? {} : { objective: argv.objective }) },
    sessionsPerArm: argv.sessions ?? 1,
  };
  try {
    return parseExperiment(experiment, { baseDir: dirname(scenarioFile) });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A problem every value has is the --param's fault (a misspelled field), not the values': say it once, on --param.
    const valueCount = new Map<string, number>();
    for (const problem of error.problems) if (/^design\.values\[\d+\]/.test(problem.path ?? '')) valueCount.set(problem.message, (valueCount.get(problem.message) ?? 0) + 1);
    const problems = error.problems.map((problem) =>
      problem.message.startsWith('cannot set')
        ? { ...problem, path: '--param' }
        : valueCount.get(problem.message) === values.length
          ? { ...problem, path: '--param', message: `${argv.param}: ${problem.message.replace(/^after merging into the base scenario, /, '')}` }
          : { ...problem, path: optionPath(problem.path, values) },
    );
    throw new InputError(problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index));
  }
}

function optionPath(path: string | undefined, values: readonly unknown[]): string | undefined {
  if (path === undefined) return undefined;
  const value = /^design\.values\[(\d+)\]/.exec(path);
  if (value) return `--values (${JSON.stringify(values[Number(value[1])])})`;
  if (path.startsWith('design.parameter')) return '--param';
  if (path === 'sessionsPerArm') return '--sessions';
  if (path.startsWith('design.objective')) return '--objective';
  return path;
}
