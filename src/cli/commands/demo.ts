import type { CommandModule } from 'yargs';
import { workersHelp } from '../runOptionHelp.js';

/** Options of `livelift demo`. */
export interface DemoArguments {
  replicates: number;
  'experiment-replicates': number;
  workers?: number;
  out: string;
}

/** The flagship example plan the demo simulates (relative to the package root). */
export const DEMO_SCENARIO = 'scenarios/python-course-launch.json';
/** The shipped experiment the demo runs: where the purchase link should sit. */
export const DEMO_EXPERIMENT = 'scenarios/experiments/link-placement.json';

/**
 * `livelift demo` (what `npm run demo` runs), the main job end to end:
 *
 *   flagship plan ─▶ simulate (replicates) ─▶ summary on stdout ─▶ <out>/simulation/report.html
 *   link-placement experiment ─▶ simulated tests ─▶ verdicts on stdout ─▶ <out>/experiment/report.html
 *
 * Both reports are written atomically; the same seed gives the same numbers on every machine.
 */
export const demoCommand: CommandModule<object, DemoArguments> = {
  command: 'demo',
  describe: 'Simulate the shipped flagship plan, run a simulated link-placement experiment, and write both reports',
  builder: (yargs) =>
    yargs
      .option('replicates', { type: 'number', default: 20, describe: 'Simulated sessions of the flagship plan' })
      .option('experiment-replicates', { type: 'number', default: 40, describe: 'Simulated tests of the link-placement experiment' })
      .option('workers', { type: 'number', describe: workersHelp() })
      .option('out', { type: 'string', default: 'reports/demo', describe: 'Folder for the two report folders it writes, simulation/ and experiment/ (each must be new, empty or written by livelift)' }),
  handler: async (argv) => {
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const root = (relative: string): string => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
    const { protectOutputs } = await import('../../io/protectOutputs.js');
    const folders = ['simulation', 'experiment'].map((name) => ({ option: '--out', path: join(argv.out, name), kind: 'folder' as const }));
    protectOutputs(argv.out.trim() === '' ? [{ option: '--out', path: '', kind: 'folder' }] : folders, [root(DEMO_SCENARIO), root(DEMO_EXPERIMENT)]);
    await simulateFlagship(root(DEMO_SCENARIO), argv, join(argv.out, 'simulation'));
    await runExperimentDemo(root(DEMO_EXPERIMENT), argv, join(argv.out, 'experiment'));
    process.stdout.write(
      `\nReports: ${join(argv.out, 'simulation', 'report.html')} and ${join(argv.out, 'experiment', 'report.html')}\n` +
        `Try: livelift simulate ${DEMO_SCENARIO} --json, livelift experiment ${DEMO_EXPERIMENT} --replicates 200, or edit a plan and compare.\n`,
    );
  },
};

async function simulateFlagship(path: string, argv: DemoArguments, out: string): Promise<void> {
  const { runSimulateCommand } = await import('./simulate.js');
  process.stdout.write(`livelift demo, part 1: simulating ${DEMO_SCENARIO} (${argv.replicates} replicates)\n\n`);
  process.stdout.write(await runSimulateCommand({ scenario: path, replicates: argv.replicates, workers: argv.workers, json: false, out }, 'demo: simulate'));
}

async function runExperimentDemo(path: string, argv: DemoArguments, out: string): Promise<void> {
  const { runExperimentCommand } = await import('./experiment.js');
  process.stdout.write(`\nlivelift demo, part 2: simulated experiment ${DEMO_EXPERIMENT} (${argv['experiment-replicates']} tests)\n\n`);
  process.stdout.write(await runExperimentCommand({ file: path, replicates: argv['experiment-replicates'], workers: argv.workers, out }));
}
