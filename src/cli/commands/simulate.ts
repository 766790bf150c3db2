import type { CommandModule } from 'yargs';
import { REPLICATES_LIMIT, workersHelp } from '../runOptionHelp.js';
import type { SimulateArguments } from '../checkSimulateArguments.js';

/**
 * `livelift simulate <scenario>`: predicted funnel, revenue and timeline of a session plan.
 *
 *   scenario file ─▶ loadScenario (InputError, exit 2, nothing written) ─▶ options checked
 *   ─▶ simulate (replicates on worker threads, same bytes for any --workers)
 *   ─▶ summary table | --json ─▶ --out DIR (report.html, charts/, tables/, result.json, summary.csv,
 *      timeline.csv; atomically)
 */
export const simulateCommand: CommandModule<object, SimulateArguments> = {
  command: 'simulate <scenario>',
  describe: 'Simulate a live session plan: funnel, revenue and per-minute timeline across replicates',
  builder: (yargs) =>
    yargs
      .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (JSON; see livelift schema)' })
      .option('seed', { type: 'number', describe: 'Random seed (default: the scenario\'s "seed", else 1); 0 is a valid seed' })
      .option('replicates', { type: 'number', default: 10, describe: `Independent sessions to simulate (${REPLICATES_LIMIT}, and the result must fit in 400 MB: checked before the run)` })
      .option('workers', { type: 'number', describe: workersHelp() })
      .option('json', { type: 'boolean', default: false, describe: 'Print the whole result as JSON (the same text as result.json) instead of the table' })
      .option('out', { type: 'string', describe: 'Also write a report folder: report.html, charts/ (SVG, PNG, vega-lite specs), tables/*.csv, summary.csv and timeline.csv (numbers at full precision; rounding only in report.html and the terminal), result.json. Must be new, empty or written by livelift' })
      .option('export-viewers', { type: 'string', describe: 'Write one CSV row per viewer (all replicates) to this file; an existing file is replaced only if livelift wrote it' })
      .example('$0 simulate scenarios/python-course-launch.json', 'Ten replicates, summary table')
      .example('$0 simulate plan.json --seed 7 --replicates 50 --json > result.json', 'Machine-readable result'),
  handler: async (argv) => {
    process.stdout.write(await runSimulateCommand(argv));
  },
};

/**
 * What `livelift simulate` prints for these options (files written with --out and
 * --export-viewers); `label` names the progress bar.
 * @returns the text for stdout.
 */
export async function runSimulateCommand(argv: SimulateArguments, label = 'simulate'): Promise<string> {
  const [{ loadScenario }, { VIEWER_CSV_HEADER }, { simulate, formatSummary, resultFiles }, { runCommandFlow }] = await Promise.all([
    import('../../sim/scenario/index.js'),
    import('../../sim/model/index.js'),
    import('../../sim/replicate/index.js'),
    import('../commandFlow.js'),
  ]);
  const { checkSimulateArguments } = await import('../checkSimulateArguments.js');
  const scenario = loadScenario(argv.scenario);
  const checked = checkSimulateArguments(argv, scenario);
  const ownViewerCsv = (head: string): boolean => head.startsWith(`${VIEWER_CSV_HEADER}\r\n`) || head.startsWith(`${VIEWER_CSV_HEADER}\n`);
  return runCommandFlow({
    inputs: [argv.scenario],
    out: argv.out,
    otherOutputs: argv.exportViewers === undefined ? [] : [{ option: '--export-viewers', path: argv.exportViewers, kind: 'file', isOwnFile: ownViewerCsv }],
    json: argv.json,
    run: (progress) => {
      const bar = progress(label, checked.replicates);
      return simulate({ scenario, ...checked, exportViewers: argv.exportViewers, onProgress: (done) => bar.tick(done) });
    },
    toJson: (result) => `${JSON.stringify(result, null, 2)}\n`,
    toText: formatSummary,
    reportFiles: async (result, json) => {
      const { buildSimulationReport, reportFiles } = await import('../../report/index.js');
      return { ...(await reportFiles(buildSimulationReport(result, argv.scenario))).files, ...resultFiles(result, json) };
    },
  });
}
