import type { CommandModule } from 'yargs';

/** Options of `livelift demo`. */
export interface DemoArguments {
  replicates: number;
  workers?: number;
}

/** The flagship example plan the demo runs (relative to the package root). */
export const DEMO_SCENARIO = 'scenarios/python-course-launch.json';

/**
 * `livelift demo` (what `npm run demo` runs): simulate the shipped flagship plan and print its
 * summary. Later issues add an experiment and a report to it.
 */
export const demoCommand: CommandModule<object, DemoArguments> = {
  command: 'demo',
  describe: 'Run the shipped example plan (a Python course launch) and print the summary',
  builder: (yargs) =>
    yargs
      .option('replicates', { type: 'number', default: 20, describe: 'Independent sessions to simulate' })
      .option('workers', { type: 'number', describe: 'Worker threads (default: CPU cores, at most 4)' }),
  handler: async (argv) => {
    const { fileURLToPath } = await import('node:url');
    const path = fileURLToPath(new URL(`../../../${DEMO_SCENARIO}`, import.meta.url));
    const { loadScenario } = await import('../../sim/scenario/index.js');
    const { checkSimulateArguments } = await import('./simulate.js');
    const scenario = loadScenario(path);
    const checked = checkSimulateArguments({ scenario: path, replicates: argv.replicates, workers: argv.workers, json: false }, scenario.seed);
    const { simulate, formatSummary } = await import('../../sim/simulate/index.js');
    const { createProgress } = await import('../progress.js');
    const progress = createProgress({ label: 'demo', total: checked.replicates });
    process.stdout.write(`livelift demo: simulating ${DEMO_SCENARIO} (${checked.replicates} replicates)\n\n`);
    const result = await simulate({ scenario, ...checked, onProgress: (done) => progress.tick(done) });
    progress.done();
    process.stdout.write(formatSummary(result));
    process.stdout.write(`\nTry: livelift simulate ${DEMO_SCENARIO} --json, or edit the plan and compare.\n`);
  },
};
