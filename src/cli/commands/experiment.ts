import type { CommandModule } from 'yargs';
import { REPLICATES_LIMIT, workersHelp } from '../runOptionHelp.js';
import type { RunArguments } from '../runOptions.js';

/** Options of `livelift experiment`. */
export interface ExperimentArguments extends RunArguments {
  file: string;
  json?: boolean;
  out?: string;
}

/**
 * `livelift experiment <file>`: simulate an A/B/n or factorial test many times on the live-session
 * model and report what a real test would conclude (power, false positives, bias, coverage)
 * against the model's true effect, with a recommendation. A sweep design runs the sweep, a bandit
 * design the bandit runner.
 *
 *   file ─▶ loadExperiment ─▶ options checked ─▶ runCommandFlow: protect outputs ─▶ runExperiment
 *   | runSweep | runBanditExperiment (worker threads) ─▶ table | --json ─▶ --out DIR
 *
 * Heavy modules are imported inside the handler.
 */
export const experimentCommand: CommandModule<object, ExperimentArguments> = {
  command: 'experiment <file>',
  describe: 'Simulate an experiment: arms, randomization unit, power, bias and a recommendation',
  builder: (yargs) =>
    yargs
      .positional('file', { type: 'string', demandOption: true, describe: 'Experiment file (JSON; see livelift schema experiment)' })
      .option('replicates', { type: 'number', describe: `Simulated tests (default: the file's "replicates", else 200; ${REPLICATES_LIMIT})` })
      .option('workers', { type: 'number', describe: workersHelp() })
      .option('seed', { type: 'number', describe: 'Random seed (default: the file\'s "seed", else 1); 0 is a valid seed' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the whole result as JSON (the same text as result.json) instead of the tables' })
      .option('out', { type: 'string', describe: 'Also write a report folder: report.html, charts/, tables/*.csv and data/*.csv (numbers at full precision; rounding only in report.html and the terminal), result.json. Must be new, empty or written by livelift' })
      .example('$0 experiment scenarios/experiments/link-placement.json', 'Pinned vs popup vs description-only link')
      .example('$0 experiment host-strategy.json --replicates 500 --json > result.json', 'Machine-readable result'),
  handler: async (argv) => {
    process.stdout.write(await runExperimentCommand(argv));
  },
};

/**
 * What `livelift experiment` prints for these options (files written with --out).
 * @returns the text for stdout.
 */
export async function runExperimentCommand(argv: ExperimentArguments): Promise<string> {
  const [{ loadExperiment }, { checkRunArguments }, { runCommandFlow }] = await Promise.all([
    import('../../experiments/load/loadExperiment.js'),
    import('../runOptions.js'),
    import('../commandFlow.js'),
  ]);
  const loaded = loadExperiment(argv.file);
  const run = checkRunArguments(argv, loaded.experiment);
  const common = {
    inputs: [argv.file, ...(loaded.scenarioFile ? [loaded.scenarioFile] : [])],
    out: argv.out,
    json: argv.json ?? false,
  };
  const kind = loaded.experiment.design.kind;
  if (kind === 'bandit') {
    const [{ runBanditExperiment }, { banditFiles, banditJson }, { formatBanditText }] = await Promise.all([
      import('../../experiments/bandit/runBanditExperiment.js'),
      import('../../experiments/bandit/banditFiles.js'),
      import('../../experiments/bandit/formatBanditText.js'),
    ]);
    return runCommandFlow({
      ...common,
      run: (progress) => runBanditExperiment(loaded, { ...run, onProgress: progressTo(progress('bandit', run.replicates)) }),
      toJson: banditJson,
      toText: formatBanditText,
      reportFiles: async (result) => (await import('../../report/commandReportFiles.js')).commandReportFiles(result, argv.file, banditFiles(result)),
    });
  }
  if (kind === 'sweep') {
    const [{ runSweep }, { sweepFiles }, { formatSweepText }] = await Promise.all([
      import('../../experiments/sweep/runSweep.js'),
      import('../../experiments/sweep/sweepFiles.js'),
      import('../../experiments/sweep/formatSweepText.js'),
    ]);
    return runCommandFlow({
      ...common,
      run: (progress) => runSweep(loaded, { ...run, onProgress: progressTo(progress('sweep', run.replicates)) }),
      toJson: (result) => sweepFiles(result)['result.json'],
      toText: formatSweepText,
      reportFiles: async (result) => (await import('../../report/commandReportFiles.js')).commandReportFiles(result, argv.file, sweepFiles(result)),
    });
  }
  const [{ runExperiment }, { experimentFiles, experimentJson }, { formatExperimentText }] = await Promise.all([
    import('../../experiments/run/runExperiment.js'),
    import('../../experiments/output/experimentFiles.js'),
    import('../../experiments/output/formatExperimentText.js'),
  ]);
  return runCommandFlow({
    ...common,
    run: (progress) => runExperiment(loaded, { ...run, onProgress: progressTo(progress('experiment', run.replicates)) }),
    toJson: experimentJson,
    toText: formatExperimentText,
    reportFiles: async (result) => (await import('../../report/commandReportFiles.js')).commandReportFiles(result, argv.file, experimentFiles(result)),
  });
}

/** A progress bar as the runners' `onProgress` callback. */
export function progressTo(bar: { tick(done: number): void }): (done: number) => void {
  return (done) => bar.tick(done);
}
